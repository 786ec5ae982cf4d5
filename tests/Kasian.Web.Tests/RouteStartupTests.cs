using System.Net;
using System.Text.Json.Nodes;
using Kasian.Core.Routes;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests;

/// <summary>Route files are checked at start: a bad one stops Kasian with file, JSON path and reason.</summary>
public abstract class RouteStartupTests(Func<TestDatabase> newDatabase) : IDisposable
{
    private readonly string _routes = Directory.CreateTempSubdirectory("kasian-routes-").FullName;

    public void Dispose() => Directory.Delete(_routes, recursive: true);

    private static string Shipped => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "workflows", "internal-memo.json"));

    private KasianApp App(TestDatabase db) => new(db, new Dictionary<string, string?> { ["Kasian:Routes:Directory"] = _routes });

    [Fact]
    public async Task A_bad_route_file_stops_start_up_naming_file_path_and_reason()
    {
        File.WriteAllText(Path.Combine(_routes, "broken.json"), Shipped.Replace("\"action\": \"decide\"", "\"action\": \"sign\"", StringComparison.Ordinal));
        await using var app = App(newDatabase());

        var error = Assert.Throws<RouteDefinitionException>(() => app.CreateClient());

        var problem = Assert.Single(error.Errors);
        Assert.Equal("broken.json", problem.File);
        Assert.Equal("$.steps[2].action", problem.Path);
        Assert.Contains("'sign' is not one of", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("broken.json: $.steps[2].action", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_route_outlives_a_restart_and_no_route_file_may_take_its_id()
    {
        var database = newDatabase();
        File.WriteAllText(Path.Combine(_routes, "internal-memo.json"), Shipped);
        await using (var first = App(new KeepDatabase(database)))
            await Admin.RouteEditorApiTests.PublishDoneWhenRouteAsync(await first.SignInAsync("admin"), "purchase");

        File.WriteAllText(Path.Combine(_routes, "purchase.json"), Shipped.Replace("\"internal-memo\"", "\"purchase\"", StringComparison.Ordinal));
        await using (var second = App(new KeepDatabase(database)))
        {
            var error = Assert.Throws<RouteDefinitionException>(() => second.CreateClient());
            var problem = Assert.Single(error.Errors);
            Assert.Equal(("purchase.json", "$.id"), (problem.File, problem.Path));
            Assert.Contains("is a route an office published", problem.Reason, StringComparison.Ordinal);
        }

        File.Delete(Path.Combine(_routes, "purchase.json"));
        await using var third = App(database);
        var routes = await (await third.SignInAsync("thapthim")).Http.GetStringAsync("/api/routes");
        Assert.Contains("\"purchase\"", routes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_a_route_without_bumping_its_version_is_refused_and_memos_keep_their_version()
    {
        var database = newDatabase();
        File.WriteAllText(Path.Combine(_routes, "internal-memo.json"), Shipped);
        Guid memoId;
        await using (var first = App(new KeepDatabase(database)))
        {
            var thapthim = await first.SignInAsync("thapthim");
            memoId = await thapthim.CreateAndSubmitAsync();
        }

        // Same id and version, one step fewer: refused, because memos already on v1 must keep meaning what they meant.
        var shortened = JsonNode.Parse(Shipped)!.AsObject();
        shortened["steps"]!.AsArray().RemoveAt(1);
        File.WriteAllText(Path.Combine(_routes, "internal-memo.json"), shortened.ToJsonString());
        await using (var second = new KasianApp(new KeepDatabase(database), new Dictionary<string, string?> { ["Kasian:Routes:Directory"] = _routes }))
        {
            var error = Assert.Throws<RouteDefinitionException>(() => second.CreateClient());
            Assert.Contains("bump the version", error.Errors.Single().Reason, StringComparison.Ordinal);
        }

        // As version 2 it loads; the memo submitted on v1 still walks v1's three steps.
        shortened["version"] = 2;
        File.WriteAllText(Path.Combine(_routes, "internal-memo.json"), shortened.ToJsonString());
        await using var third = App(database);
        var naphaporn = await third.SignInAsync("naphaporn");
        var routes = await naphaporn.Http.GetStringAsync("/api/routes");
        Assert.Contains("\"version\":2", routes, StringComparison.Ordinal);
        var after = await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{memoId}/endorse", new { stepId = "head-of-office" }));
        Assert.Equal(1, after["routeVersion"]!.GetValue<int>());
        Assert.Equal("palad", after["currentStep"]!["id"]!.GetValue<string>());
    }

    /// <summary>Shares another test database without deleting it when this app is disposed.</summary>
    private sealed class KeepDatabase(TestDatabase inner) : TestDatabase
    {
        public override string Provider => inner.Provider;

        public override string ConnectionString => inner.ConnectionString;

        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

public sealed class SqliteRouteStartupTests() : RouteStartupTests(TestDatabase.Sqlite);

public sealed class PostgreSqlRouteStartupTests() : RouteStartupTests(TestDatabase.PostgreSql);
