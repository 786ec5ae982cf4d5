using System.Net;
using System.Net.Http.Json;
using Kasian.Web.Data;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Tests.Setup;

/// <summary>First start on an empty database: POST /api/setup with the token makes the first office and administrator, once.</summary>
public abstract class SetupApiTests(TestDatabase database) : IAsyncLifetime
{
    public const string Token = "some-token";

    private readonly KasianApp _app = new(database, new Dictionary<string, string?> { ["Kasian:Demo"] = "false", ["Kasian:Setup:Token"] = Token });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static object Body(string token = Token, string code = "phusang", string username = "somchai", string password = "a-long-first-password") => new
    {
        token,
        organisation = new { code, name = "องค์การบริหารส่วนตำบลภูซาง", shortName = "อบต.ภูซาง", registerPrefix = "พย ๗๒๔๐๑", province = "พะเยา", district = "ภูซาง" },
        admin = new { username, password, displayName = "นายสมชาย ใจดี" },
    };

    public static Task<(int Organisations, int People, int Installations, int Audit)> CountsAsync(KasianApp app) => app.WithDbAsync(async db =>
        (await db.Organisations.CountAsync(), await db.People.CountAsync(), await db.Installations.CountAsync(), await db.AuditRecords.CountAsync()));

    [Fact]
    public async Task A_wrong_or_missing_token_is_refused_and_writes_nothing()
    {
        var http = _app.CreateClient();
        await ApiClient.ProblemAsync(await http.PostAsJsonAsync("/api/setup", Body(token: "not-the-token")), HttpStatusCode.Forbidden, "invalid-setup-token");
        await ApiClient.ProblemAsync(await http.PostAsJsonAsync("/api/setup", Body(token: "")), HttpStatusCode.Forbidden, "invalid-setup-token");
        Assert.Equal((0, 0, 0, 0), await CountsAsync(_app));
    }

    [Fact]
    public async Task Bad_fields_are_refused_each_by_name_and_nothing_is_written()
    {
        var http = _app.CreateClient();
        var response = await http.PostAsJsonAsync("/api/setup", new
        {
            token = Token,
            organisation = new { code = "Phu Sang!", name = "\u200B\u200B", registerPrefix = " " },
            admin = new { username = "", password = "short", displayName = "\u202Eนายสมชาย" },
        });
        var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest, "validation-failed");
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(
            ["admin.displayName", "admin.password", "admin.username", "organisation.code", "organisation.name", "organisation.registerPrefix"],
            errors.Select(e => e.Key).Order(StringComparer.Ordinal));

        // No body parts at all: still every required field by name.
        var empty = await ApiClient.ProblemAsync(await http.PostAsJsonAsync("/api/setup", new { token = Token }), HttpStatusCode.BadRequest, "validation-failed");
        Assert.Contains("organisation.code", empty["errors"]!.AsObject().Select(e => e.Key));
        Assert.Contains("admin.password", empty["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal((0, 0, 0, 0), await CountsAsync(_app));
    }

    [Fact]
    public async Task Setup_creates_the_office_and_its_administrator_once()
    {
        var http = _app.CreateClient();
        var done = await new ApiClient(http, "").OkAsync(await http.PostAsJsonAsync("/api/setup", Body()), HttpStatusCode.Created);
        Assert.Equal("phusang", done["organisationCode"]!.GetValue<string>());
        Assert.Equal("somchai", done["username"]!.GetValue<string>());

        var admin = await _app.SignInAsync("somchai", "a-long-first-password");
        var me = await admin.GetJsonAsync("/api/me");
        Assert.Equal("somchai", me["username"]!.GetValue<string>());
        Assert.True(me["isAdministrator"]!.GetValue<bool>());
        Assert.Equal("องค์การบริหารส่วนตำบลภูซาง", me["organisation"]!.GetValue<string>());
        var organisation = await _app.WithDbAsync(db => db.Organisations.SingleAsync());
        Assert.Equal("พย ๗๒๔๐๑", organisation.RegisterCode);
        var audit = await _app.WithDbAsync(db => db.AuditRecords.SingleAsync());
        Assert.Equal("installation.set-up", audit.Action);
        Assert.DoesNotContain("a-long-first-password", audit.Details, StringComparison.Ordinal);

        // Afterwards there is nothing here, even with the right token and a new office.
        await ApiClient.ProblemAsync(await http.PostAsJsonAsync("/api/setup", Body(code: "maechai", username: "other")), HttpStatusCode.NotFound, "not-found");
        Assert.Equal((1, 1, 1, 1), await CountsAsync(_app));
    }

    [Fact]
    public async Task Two_setups_at_once_let_exactly_one_through()
    {
        var first = _app.CreateClient();
        var second = _app.CreateClient();
        var responses = await Task.WhenAll(
            first.PostAsJsonAsync("/api/setup", Body(code: "phusang", username: "somchai")),
            second.PostAsJsonAsync("/api/setup", Body(code: "maechai", username: "somsri")));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.NotFound], responses.Select(r => r.StatusCode).Order());
        Assert.Equal((1, 1, 1, 1), await CountsAsync(_app));
    }
}

public sealed class SqliteSetupApiTests() : SetupApiTests(TestDatabase.Sqlite());

public sealed class PostgreSqlSetupApiTests() : SetupApiTests(TestDatabase.PostgreSql());

/// <summary>With the demo seeded an administrator exists, so first start is already over.</summary>
public abstract class SetupAfterDemoTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database, new Dictionary<string, string?> { ["Kasian:Setup:Token"] = SetupApiTests.Token });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Setup_is_not_found_when_the_demo_brought_an_administrator()
    {
        var before = await SetupApiTests.CountsAsync(_app);
        var response = await _app.CreateClient().PostAsJsonAsync("/api/setup", SetupApiTests.Body(code: "maechai", username: "somsri"));
        await ApiClient.ProblemAsync(response, HttpStatusCode.NotFound, "not-found");
        Assert.Equal(before, await SetupApiTests.CountsAsync(_app));
        Assert.False(await _app.WithDbAsync(db => db.People.AnyAsync(p => p.Username == "somsri")));
        Assert.True(await _app.WithDbAsync(db => db.People.AnyAsync(p => p.Username == "admin" && (p.Roles & Roles.Administrator) != 0)));
    }
}

public sealed class SqliteSetupAfterDemoTests() : SetupAfterDemoTests(TestDatabase.Sqlite());

public sealed class PostgreSqlSetupAfterDemoTests() : SetupAfterDemoTests(TestDatabase.PostgreSql());
