using System.Net;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Admin;

public abstract class AppointmentTests(TestDatabase database) : AdminTestBase(database)
{
    private const string Order = "คำสั่ง อบต.ภูซาง ที่ ๑๒๓/๒๕๖๙";

    [Fact]
    public async Task Administrator_appoints_lists_and_ends_an_appointment()
    {
        var thapthim = await App.PersonIdAsync("thapthim");
        var palad = await App.PositionIdAsync("palad");
        var created = await Admin.CreatedAsync("/api/admin/appointments",
            new { personId = thapthim, positionId = palad, kind = "delegated", from = "2026-11-20", to = "2026-11-30", orderReference = Order });
        Assert.Equal("thapthim", created["username"]!.GetValue<string>());
        Assert.Equal("palad", created["positionCode"]!.GetValue<string>());
        Assert.Equal("delegated", created["kind"]!.GetValue<string>());
        Assert.Equal(Order, created["orderReference"]!.GetValue<string>());
        Assert.True(created["inForce"]!.GetValue<bool>());
        var id = created["id"]!.GetValue<Guid>();

        var atPalad = await Admin.ItemsAsync($"/api/admin/appointments?positionId={palad}");
        Assert.Equal(["thapthim", "naphaporn"], atPalad.Select(a => a["username"]!.GetValue<string>()));
        Assert.Equal(2, (await Admin.ItemsAsync($"/api/admin/appointments?personId={thapthim}")).Count);
        Assert.Equal(5, (await Admin.ItemsAsync("/api/admin/appointments?inForce=true")).Count);
        Assert.Empty(await Admin.ItemsAsync("/api/admin/appointments?inForce=false"));

        var ended = await Admin.OkAsync(await Admin.PutAsync($"/api/admin/appointments/{id}", new { to = "2026-11-23", orderReference = Order }));
        Assert.Equal("2026-11-23", ended["to"]!.GetValue<string>());
        Assert.False(ended["inForce"]!.GetValue<bool>());
        Assert.Equal(id, Assert.Single(await Admin.ItemsAsync("/api/admin/appointments?inForce=false"))["id"]!.GetValue<Guid>());
        // Ended, not deleted.
        Assert.Equal(ended.ToJsonString(), (await Admin.GetJsonAsync($"/api/admin/appointments/{id}")).ToJsonString());
    }

    [Fact]
    public async Task Appointment_fields_are_checked_and_a_refusal_writes_nothing()
    {
        var thapthim = await App.PersonIdAsync("thapthim");
        var palad = await App.PositionIdAsync("palad");
        object Body(object? personId = null, object? positionId = null, string? kind = "acting", string? from = "2026-12-01", string? to = null, string? order = null) =>
            new { personId = personId ?? thapthim, positionId = positionId ?? palad, kind, from, to, orderReference = order };

        await RefusedAsync(() => Admin.PostAsync("/api/admin/appointments", Body(to: "2026-11-30")), HttpStatusCode.BadRequest, "validation-failed", "to");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/appointments", Body(kind: "boss")), HttpStatusCode.BadRequest, "validation-failed", "kind");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/appointments", Body(from: null)), HttpStatusCode.BadRequest, "validation-failed", "from");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/appointments", Body(order: new string('ก', 301))), HttpStatusCode.BadRequest, "validation-failed", "orderReference");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/appointments", new { positionId = palad, kind = "acting", from = "2026-12-01" }), HttpStatusCode.BadRequest, "validation-failed", "personId");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/appointments", Body(personId: Guid.NewGuid())), HttpStatusCode.BadRequest, "validation-failed", "personId");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/appointments", Body(positionId: Guid.NewGuid())), HttpStatusCode.BadRequest, "validation-failed", "positionId");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/appointments", Body(from: "1 ธันวาคม 2569")), HttpStatusCode.BadRequest, "malformed-request");

        // Both of the caller's own office.
        var other = await SignInAsync(Offices.OtherAdmin);
        var theirPost = (await other.CreatedAsync("/api/admin/positions", new { code = "palad", title = "ปลัด อบต.แม่ใจ" }))["id"]!.GetValue<Guid>();
        await RefusedAsync(() => Admin.PostAsync("/api/admin/appointments", Body(positionId: theirPost)), HttpStatusCode.BadRequest, "validation-failed", "positionId");
        await RefusedAsync(() => other.PostAsync("/api/admin/appointments", Body(positionId: theirPost)), HttpStatusCode.BadRequest, "validation-failed", "personId");

        // Both active.
        await Admin.OkAsync(await Admin.PostAsync($"/api/admin/people/{thapthim}/deactivate"));
        await RefusedAsync(() => Admin.PostAsync("/api/admin/appointments", Body()), HttpStatusCode.BadRequest, "validation-failed", "personId");
        var abolished = (await Admin.CreatedAsync("/api/admin/positions", new { code = "deputy-palad", title = "รองปลัด" }))["id"]!.GetValue<Guid>();
        await Admin.OkAsync(await Admin.PutAsync($"/api/admin/positions/{abolished}", new { title = "รองปลัด", active = false }));
        var worawit = await App.PersonIdAsync("worawit");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/appointments", Body(personId: worawit, positionId: abolished)),
            HttpStatusCode.BadRequest, "validation-failed", "positionId");

        var demo = await App.AppointmentIdAsync("naphaporn", "palad");
        await RefusedAsync(() => Admin.PutAsync($"/api/admin/appointments/{demo}", new { to = "2024-09-30" }), HttpStatusCode.BadRequest, "validation-failed", "to");
        await RefusedAsync(() => Admin.PutAsync($"/api/admin/appointments/{Guid.NewGuid()}", new { to = "2026-12-31" }), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task A_delegation_carries_its_scope_and_a_scope_on_anything_else_is_refused()
    {
        var thapthim = await App.PersonIdAsync("thapthim");
        var palad = await App.PositionIdAsync("palad");
        var created = await Admin.CreatedAsync("/api/admin/appointments", new
        {
            personId = thapthim, positionId = palad, kind = "delegated", from = "2026-11-20", orderReference = Order,
            scope = new { maxAmount = 100000.50m, memoTypes = new[] { "procurement", "travel" } },
        });
        Assert.Equal(100000.50m, created["scope"]!["maxAmount"]!.GetValue<decimal>());
        Assert.Equal(["procurement", "travel"], created["scope"]!["memoTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
        var id = created["id"]!.GetValue<Guid>();
        Assert.Equal(created.ToJsonString(), (await Admin.GetJsonAsync($"/api/admin/appointments/{id}")).ToJsonString());
        var audit = await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.AuditRecords, a => a.Action == "appointment.created"));
        Assert.Contains("\"maxAmount\":100000.50", audit.Details, StringComparison.Ordinal);

        var before = await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Appointments));
        object Body(string kind, object scope) => new { personId = thapthim, positionId = palad, kind, from = "2026-12-01", scope };
        await RefusedAsync(() => Admin.PostAsync("/api/admin/appointments", Body("acting", new { maxAmount = 5 })), HttpStatusCode.BadRequest, "validation-failed", "scope");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/appointments", Body("delegated", new { maxAmount = -1 })), HttpStatusCode.BadRequest, "validation-failed", "scope.maxAmount");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/appointments", Body("delegated", new { memoTypes = new[] { "Not a code" } })), HttpStatusCode.BadRequest, "validation-failed", "scope.memoTypes");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/appointments", Body("delegated", new { memoTypes = new[] { "travel", "travel" } })), HttpStatusCode.BadRequest, "validation-failed", "scope.memoTypes");
        Assert.Equal(before, await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Appointments)));
    }

    [Fact]
    public async Task A_position_has_one_holder_on_any_day()
    {
        var worawit = await App.PersonIdAsync("worawit");
        var head = await App.PositionIdAsync("head-of-palad-office");
        var problem = await RefusedAsync(() => Admin.PostAsync("/api/admin/appointments", new { personId = worawit, positionId = head, kind = "holder", from = "2027-01-01" }),
            HttpStatusCode.Conflict, "overlapping-holder");
        Assert.Contains("นางนภาพร ธาคำดี", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        // Once naphaporn's holding ends, the next holder starts the day after.
        var hers = await App.AppointmentIdAsync("naphaporn", "head-of-palad-office");
        await Admin.OkAsync(await Admin.PutAsync($"/api/admin/appointments/{hers}", new { to = "2026-12-31" }));
        await RefusedAsync(() => Admin.PostAsync("/api/admin/appointments", new { personId = worawit, positionId = head, kind = "holder", from = "2026-12-31" }),
            HttpStatusCode.Conflict, "overlapping-holder");
        await Admin.CreatedAsync("/api/admin/appointments", new { personId = worawit, positionId = head, kind = "holder", from = "2027-01-01" });
        // Extending hers again would overlap his.
        await RefusedAsync(() => Admin.PutAsync($"/api/admin/appointments/{hers}", new { to = (string?)null }), HttpStatusCode.Conflict, "overlapping-holder");
    }

    [Fact]
    public async Task Simultaneous_holders_of_one_post_leave_it_with_one()
    {
        var post = (await Admin.CreatedAsync("/api/admin/positions", new { code = "finance-director", title = "ผู้อำนวยการกองคลัง" }))["id"]!.GetValue<Guid>();
        var people = new List<Guid>();
        for (var i = 0; i < 6; i++)
            people.Add((await Admin.CreatedAsync("/api/admin/people", new { username = $"candidate-{i}", displayName = $"ผู้สมัคร {i}", password = "candidate-password" }))["id"]!.GetValue<Guid>());
        var clients = await Task.WhenAll(people.Select(_ => SignInAsync("admin")));

        // Every request passes the check before any commits unless check and write are one serializable step.
        var responses = await Task.WhenAll(clients.Zip(people).Select(c =>
            c.First.PostAsync("/api/admin/appointments", new { personId = c.Second, positionId = post, kind = "holder", from = "2026-12-01" })));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            // SQLite makes the others wait and then see the holder; PostgreSQL aborts the ones that ran alongside.
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            var code = System.Text.Json.Nodes.JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["code"]!.GetValue<string>();
            Assert.Contains(code, new[] { "overlapping-holder", "concurrent-change" });
        }
        Assert.Single(await Admin.ItemsAsync($"/api/admin/appointments?positionId={post}"));
    }

    [Fact]
    public async Task Nobody_acts_in_a_post_they_hold_nor_twice_in_one_post()
    {
        var naphaporn = await App.PersonIdAsync("naphaporn");
        var (head, palad) = (await App.PositionIdAsync("head-of-palad-office"), await App.PositionIdAsync("palad"));
        await RefusedAsync(() => Admin.PostAsync("/api/admin/appointments",
            new { personId = naphaporn, positionId = head, kind = "acting", from = "2026-12-01" }),
            HttpStatusCode.Conflict, "acting-in-own-post");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/appointments",
            new { personId = naphaporn, positionId = palad, kind = "acting", from = "2026-12-01", to = "2026-12-31" }),
            HttpStatusCode.Conflict, "overlapping-appointment");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/appointments",
            new { personId = naphaporn, positionId = palad, kind = "holder", from = "2026-12-01" }),
            HttpStatusCode.Conflict, "acting-in-own-post");
    }
}

public sealed class SqliteAppointmentTests() : AppointmentTests(TestDatabase.Sqlite());

public sealed class PostgreSqlAppointmentTests() : AppointmentTests(TestDatabase.PostgreSql());
