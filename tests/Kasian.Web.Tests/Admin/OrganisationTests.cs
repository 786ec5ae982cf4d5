using System.Net;
using System.Net.Http.Json;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Admin;

public abstract class OrganisationTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database);

    public Task InitializeAsync() => Offices.AddAsync(_app);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static object NewOffice(string code = "bantom", string username = "bantom-admin", string password = "a-long-password") => new
    {
        organisation = new { code, name = "องค์การบริหารส่วนตำบลบ้านต๋อม", shortName = "อบต.บ้านต๋อม", registerPrefix = "พย ๗๓๐๐๑", province = "พะเยา", district = "เมืองพะเยา" },
        admin = new { username, password, displayName = "ผู้ดูแลระบบ อบต.บ้านต๋อม" },
    };

    [Fact]
    public async Task An_installation_administrator_adds_an_office_whose_administrator_sees_only_it()
    {
        var installer = await _app.SignInAsync("admin");

        var created = await installer.OkAsync(await installer.PostAsync("/api/admin/organisations", NewOffice()), HttpStatusCode.Created);

        Assert.Equal("bantom", created["code"]!.GetValue<string>());
        var newAdmin = await _app.SignInAsync("bantom-admin", "a-long-password");
        var me = await newAdmin.GetJsonAsync("/api/me");
        Assert.Equal("องค์การบริหารส่วนตำบลบ้านต๋อม", me["organisation"]!.GetValue<string>());
        Assert.Empty((await newAdmin.GetJsonAsync("/api/memos?box=all"))["items"]!.AsArray());
        var offices = await installer.Http.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("/api/admin/organisations");
        Assert.Contains(offices!, o => o!["code"]!.GetValue<string>() == "bantom");
    }

    [Fact]
    public async Task Only_an_installation_administrator_adds_an_office_and_bad_input_writes_nothing()
    {
        var officeAdmin = await _app.SignInAsync(Offices.OtherAdmin, Offices.Password);
        var installer = await _app.SignInAsync("admin");
        var count = await _app.WithDbAsync(db => Task.FromResult(db.Organisations.Count()));

        await ApiClient.ProblemAsync(await officeAdmin.PostAsync("/api/admin/organisations", NewOffice()), HttpStatusCode.Forbidden, "forbidden");
        var invalid = await ApiClient.ProblemAsync(await installer.PostAsync("/api/admin/organisations", NewOffice(code: "Bad Code!", password: "short")), HttpStatusCode.BadRequest, "validation-failed");
        Assert.NotNull(invalid["errors"]!["organisation.code"]);
        Assert.NotNull(invalid["errors"]!["admin.password"]);
        await ApiClient.ProblemAsync(await installer.PostAsync("/api/admin/organisations", NewOffice(code: "phusang")), HttpStatusCode.Conflict, "duplicate");
        await ApiClient.ProblemAsync(await installer.PostAsync("/api/admin/organisations", NewOffice(username: "thapthim")), HttpStatusCode.Conflict, "duplicate");

        Assert.Equal(count, await _app.WithDbAsync(db => Task.FromResult(db.Organisations.Count())));
    }
}

public sealed class SqliteOrganisationTests() : OrganisationTests(TestDatabase.Sqlite());

public sealed class PostgreSqlOrganisationTests() : OrganisationTests(TestDatabase.PostgreSql());
