using Kasian.Core.Routes;

namespace Kasian.Core.Tests.Routes;

public class RouteCatalogTests
{
    private static RouteDefinition Route(int version, string due = "P2D", string id = "internal-memo") => Engine.TestRoutes.Parse($$"""
        {
          "id": "{{id}}",
          "version": {{version}},
          "name": "บันทึกข้อความ",
          "steps": [ { "id": "nayok", "title": "คำสั่ง", "position": "nayok", "action": "decide", "due": "{{due}}" } ]
        }
        """);

    [Fact]
    public void Same_id_and_version_with_other_content_is_refused()
    {
        var e = Assert.Throws<RouteDefinitionException>(() =>
            RouteCatalog.Build([("a.json", Route(1)), ("b.json", Route(1, due: "P3D"))], []));

        var error = Assert.Single(e.Errors);
        Assert.Equal("b.json", error.File);
        Assert.Equal("$.version", error.Path);
        Assert.Contains("bump the version", error.Reason, StringComparison.Ordinal);
        Assert.Contains("a.json", error.Reason, StringComparison.Ordinal);
        Assert.Contains("b.json: $.version:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_that_changes_a_recorded_version_is_refused()
    {
        var e = Assert.Throws<RouteDefinitionException>(() =>
            RouteCatalog.Build([("internal-memo.json", Route(1, due: "P3D"))], [Route(1)]));

        var error = Assert.Single(e.Errors);
        Assert.Contains("a version already in use", error.Reason, StringComparison.Ordinal);
        Assert.Contains("bump the version", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Identical_content_is_accepted()
    {
        var catalog = RouteCatalog.Build([("a.json", Route(1)), ("b.json", Route(1))], [Route(1)]);

        Assert.Single(catalog.Latest);
    }

    [Fact]
    public void Latest_version_of_each_route_is_picked()
    {
        var catalog = RouteCatalog.Build(
            [("v1.json", Route(1)), ("v3.json", Route(3, due: "P1D")), ("v2.json", Route(2, due: "P3D")), ("other.json", Route(1, id: "circular"))],
            []);

        Assert.Equal(3, catalog.FindLatest("internal-memo")!.Version);
        Assert.Equal([("circular", 1), ("internal-memo", 3)], catalog.Latest.Select(r => (r.Id, r.Version)));
        Assert.Null(catalog.FindLatest("no-such-route"));
    }

    [Fact]
    public void Recorded_versions_stay_findable_after_the_file_moves_on()
    {
        var recorded = Route(1);

        var catalog = RouteCatalog.Build([("internal-memo.json", Route(2, due: "P3D"))], [recorded]);

        Assert.Same(recorded, catalog.Find(new RouteKey("internal-memo", 1)));
        Assert.Equal(2, catalog.FindLatest("internal-memo")!.Version);
        Assert.Null(catalog.Find(new RouteKey("internal-memo", 9)));
    }

    [Fact]
    public void Every_conflict_is_reported_at_once()
    {
        var e = Assert.Throws<RouteDefinitionException>(() => RouteCatalog.Build(
            [("a.json", Route(1, due: "P3D")), ("b.json", Route(2, due: "P3D"))],
            [Route(1), Route(2)]));

        Assert.Equal(["a.json", "b.json"], e.Errors.Select(x => x.File));
    }
}
