using System.Net;
using System.Net.Http.Json;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Admin;

/// <summary>Who may call the administration API: each office's administrators change it, its auditors read it, nobody else sees it.</summary>
public abstract class AdminAccessTests(TestDatabase database) : AdminTestBase(database)
{
    private sealed record Call(HttpMethod Method, string Path, object? Body = null, string? Csv = null)
    {
        public Task<HttpResponseMessage> SendAsync(ApiClient client)
        {
            var request = new HttpRequestMessage(Method, Path);
            if (Csv is not null) request.Content = new StringContent(Csv, System.Text.Encoding.UTF8, "text/csv");
            else if (Body is not null) request.Content = JsonContent.Create(Body);
            return client.Http.SendAsync(request);
        }

        public override string ToString() => $"{Method} {Path}";
    }

    /// <summary>Every read of the administration API, on Phu Sang's own ids.</summary>
    private async Task<List<Call>> ReadsAsync() =>
    [
        new(HttpMethod.Get, "/api/admin/units"),
        new(HttpMethod.Get, $"/api/admin/units/{await App.UnitIdAsync()}"),
        new(HttpMethod.Get, "/api/admin/positions"),
        new(HttpMethod.Get, $"/api/admin/positions/{await App.PositionIdAsync("palad")}"),
        new(HttpMethod.Get, "/api/admin/people"),
        new(HttpMethod.Get, $"/api/admin/people/{await App.PersonIdAsync("naphaporn")}"),
        new(HttpMethod.Get, "/api/admin/appointments"),
        new(HttpMethod.Get, $"/api/admin/appointments/{await App.AppointmentIdAsync("naphaporn", "palad")}"),
        new(HttpMethod.Get, "/api/admin/audit"),
    ];

    /// <summary>Every change, each one valid for an administrator of Phu Sang.</summary>
    private async Task<List<Call>> ChangesAsync()
    {
        var (unit, palad, hr) = (await App.UnitIdAsync(), await App.PositionIdAsync("palad"), await App.PositionIdAsync("hr-officer"));
        var (thapthim, worawit) = (await App.PersonIdAsync("thapthim"), await App.PersonIdAsync("worawit"));
        var acting = await App.AppointmentIdAsync("naphaporn", "palad");
        return
        [
            new(HttpMethod.Post, "/api/admin/units", new { name = "กองคลัง" }),
            new(HttpMethod.Put, $"/api/admin/units/{unit}", new { name = "สำนักปลัด อบต.", active = true }),
            new(HttpMethod.Post, "/api/admin/positions", new { code = "finance", title = "ผู้อำนวยการกองคลัง" }),
            new(HttpMethod.Put, $"/api/admin/positions/{hr}", new { title = "นักทรัพยากรบุคคล", unitId = unit, active = true }),
            new(HttpMethod.Post, "/api/admin/people", new { username = "somchai", displayName = "นายสมชาย", password = "somchai-password" }),
            new(HttpMethod.Put, $"/api/admin/people/{worawit}", new { displayName = "นายวรวิทย์", roles = Array.Empty<string>() }),
            new(HttpMethod.Post, $"/api/admin/people/{thapthim}/deactivate"),
            new(HttpMethod.Post, $"/api/admin/people/{thapthim}/reactivate"),
            new(HttpMethod.Post, $"/api/admin/people/{worawit}/password", new { password = "a-new-password" }),
            new(HttpMethod.Post, "/api/admin/people/import", Csv: "username,displayName,password\nsomsri,นางสมศรี,somsri-password\n"),
            new(HttpMethod.Post, "/api/admin/appointments", new { personId = worawit, positionId = palad, kind = "delegated", from = "2026-12-01" }),
            new(HttpMethod.Put, $"/api/admin/appointments/{acting}", new { to = "2026-12-31" }),
        ];
    }

    [Fact]
    public async Task Nobody_signed_in_gets_401()
    {
        foreach (var call in (await ReadsAsync()).Concat(await ChangesAsync()))
            await ApiClient.ProblemAsync(await call.SendAsync(new ApiClient(App.CreateClient(), "")), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task A_clerk_gets_403_for_every_read_and_change()
    {
        var clerk = await SignInAsync(Offices.Clerk);
        foreach (var call in (await ReadsAsync()).Concat(await ChangesAsync()))
            await RefusedAsync(() => call.SendAsync(clerk), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task An_auditor_reads_everything_and_changes_nothing()
    {
        var auditor = await SignInAsync(Offices.Auditor);
        foreach (var call in await ReadsAsync())
            Assert.True((await call.SendAsync(auditor)).StatusCode == HttpStatusCode.OK, call.ToString());
        foreach (var call in await ChangesAsync())
            await RefusedAsync(() => call.SendAsync(auditor), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Every_change_is_allowed_to_the_offices_administrator()
    {
        // The calls the other tests refuse are valid: a refusal there is for who sends them, not what they say.
        foreach (var call in await ChangesAsync())
        {
            var response = await call.SendAsync(Admin);
            Assert.True(response.IsSuccessStatusCode, $"{call}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task Another_offices_administrator_finds_none_of_Phu_Sangs_ids_and_lists_none_of_its_rows()
    {
        // Some Phu Sang change first, so its audit record has something to leak.
        await Admin.CreatedAsync("/api/admin/units", new { name = "กองคลัง" });
        var other = await SignInAsync(Offices.OtherAdmin);
        foreach (var call in (await ReadsAsync()).Concat(await ChangesAsync()).Where(c => c.Path.Split('/').Any(s => Guid.TryParse(s, out _))))
            await RefusedAsync(() => call.SendAsync(other), HttpStatusCode.NotFound, "not-found");

        Assert.Empty(await other.ItemsAsync("/api/admin/units"));
        Assert.Empty(await other.ItemsAsync("/api/admin/positions"));
        Assert.Equal([Offices.OtherAdmin], (await other.ItemsAsync("/api/admin/people")).Select(p => p["username"]!.GetValue<string>()));
        Assert.Empty(await other.ItemsAsync("/api/admin/appointments"));
        Assert.Empty(await other.ItemsAsync($"/api/admin/appointments?personId={await App.PersonIdAsync("naphaporn")}"));
        Assert.Empty(await other.ItemsAsync("/api/admin/audit"));
    }
}

public sealed class SqliteAdminAccessTests() : AdminAccessTests(TestDatabase.Sqlite());

public sealed class PostgreSqlAdminAccessTests() : AdminAccessTests(TestDatabase.PostgreSql());
