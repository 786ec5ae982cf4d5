using System.Net;
using System.Text.Json.Nodes;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Admin;

public abstract class AuditTests(TestDatabase database) : AdminTestBase(database)
{
    [Fact]
    public async Task Every_change_is_recorded_with_who_when_and_what_and_never_a_password()
    {
        async Task<Guid> Created(string path, object body) => (await Admin.CreatedAsync(path, body))["id"]!.GetValue<Guid>();
        async Task<Guid> Ok(Task<HttpResponseMessage> response) => (await Admin.OkAsync(await response))["id"]!.GetValue<Guid>();
        var steps = new List<(string Action, string EntityType, Func<Task<Guid>> Change)>
        {
            ("unit.created", "Unit", () => Created("/api/admin/units", new { name = "กองคลัง" })),
            ("unit.updated", "Unit", async () => await Ok(Admin.PutAsync($"/api/admin/units/{await App.UnitIdAsync("กองคลัง")}", new { name = "กองคลัง", phone = "054", active = true }))),
            ("position.created", "Position", () => Created("/api/admin/positions", new { code = "finance", title = "ผู้อำนวยการกองคลัง" })),
            ("position.updated", "Position", async () => await Ok(Admin.PutAsync($"/api/admin/positions/{await App.PositionIdAsync("finance")}", new { title = "ผอ.กองคลัง", active = true }))),
            ("person.created", "Person", () => Created("/api/admin/people", new { username = "somchai", displayName = "นายสมชาย", password = "secret-one-1" })),
            ("person.updated", "Person", async () => await Ok(Admin.PutAsync($"/api/admin/people/{await App.PersonIdAsync("somchai")}", new { displayName = "นายสมชาย ใจดี", roles = new[] { "clerk" } }))),
            ("person.password-reset", "Person", async () => await Ok(Admin.PostAsync($"/api/admin/people/{await App.PersonIdAsync("somchai")}/password", new { password = "secret-two-2" }))),
            ("person.deactivated", "Person", async () => await Ok(Admin.PostAsync($"/api/admin/people/{await App.PersonIdAsync("somchai")}/deactivate"))),
            ("person.reactivated", "Person", async () => await Ok(Admin.PostAsync($"/api/admin/people/{await App.PersonIdAsync("somchai")}/reactivate"))),
            ("appointment.created", "Appointment", async () => await Created("/api/admin/appointments", new
            {
                personId = await App.PersonIdAsync("somchai"), positionId = await App.PositionIdAsync("finance"), kind = "holder", from = "2026-12-01",
                orderReference = "คำสั่ง อบต.ภูซาง ที่ ๑๒๓/๒๕๖๙",
            })),
            ("appointment.updated", "Appointment", async () => await Ok(Admin.PutAsync($"/api/admin/appointments/{await App.AppointmentIdAsync("somchai", "finance")}", new { to = "2027-09-30" }))),
            ("person.created", "Person", async () =>
            {
                await Admin.OkAsync(await Admin.PostCsvAsync("username,displayName,password\nsomsri,นางสมศรี,secret-three-3\n"));
                return await App.PersonIdAsync("somsri");
            }),
        };
        var done = new List<(string Action, string EntityType, Guid Id, DateTimeOffset At)>();
        foreach (var (action, entityType, change) in steps)
        {
            App.Clock.Advance(TimeSpan.FromMinutes(1));
            done.Add((action, entityType, await change(), App.Clock.GetUtcNow()));
        }

        var auditor = await SignInAsync(Offices.Auditor);
        var page = await auditor.GetJsonAsync("/api/admin/audit");
        Assert.Equal(steps.Count, page["total"]!.GetValue<int>());
        var items = page["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        done.Reverse();
        Assert.Equal(done.Select(d => d.Action), items.Select(i => i["action"]!.GetValue<string>()));
        Assert.Equal(done.Select(d => d.EntityType), items.Select(i => i["entityType"]!.GetValue<string>()));
        Assert.Equal(done.Select(d => d.Id), items.Select(i => i["entityId"]!.GetValue<Guid>()));
        Assert.Equal(done.Select(d => d.At), items.Select(i => i["at"]!.GetValue<DateTimeOffset>()));
        Assert.All(items, i => Assert.Equal("admin", i["actor"]!.GetValue<string>()));
        Assert.All(items, i => Assert.IsType<JsonObject>(i["details"]));

        var appointment = items.First(i => i["action"]!.GetValue<string>() == "appointment.created")["details"]!;
        Assert.Equal("somchai", appointment["person"]!.GetValue<string>());
        Assert.Equal("finance", appointment["position"]!.GetValue<string>());
        Assert.Equal("คำสั่ง อบต.ภูซาง ที่ ๑๒๓/๒๕๖๙", appointment["orderReference"]!.GetValue<string>());
        Assert.Equal("csv-import", items[0]["details"]!["source"]!.GetValue<string>());

        var text = page.ToJsonString();
        foreach (var secret in new[] { "secret-one-1", "secret-two-2", "secret-three-3", "AQAAAA", "asswordHash" })
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_record_pages_fifty_at_a_time()
    {
        for (var i = 0; i < 51; i++)
        {
            App.Clock.Advance(TimeSpan.FromSeconds(1));
            await Admin.CreatedAsync("/api/admin/units", new { name = $"กอง {i:D2}" });
        }
        var first = await Admin.GetJsonAsync("/api/admin/audit");
        Assert.Equal(50, first["items"]!.AsArray().Count);
        Assert.Equal("กอง 50", first["items"]![0]!["details"]!["name"]!.GetValue<string>());
        var second = await Admin.GetJsonAsync("/api/admin/audit?page=2");
        Assert.Equal("กอง 00", Assert.Single(second["items"]!.AsArray())!["details"]!["name"]!.GetValue<string>());
        await AdminCalls.ProblemAsync(await Admin.Http.GetAsync("/api/admin/audit?page=0"), HttpStatusCode.BadRequest, "validation-failed", "page");
    }
}

public sealed class SqliteAuditTests() : AuditTests(TestDatabase.Sqlite());

public sealed class PostgreSqlAuditTests() : AuditTests(TestDatabase.PostgreSql());
