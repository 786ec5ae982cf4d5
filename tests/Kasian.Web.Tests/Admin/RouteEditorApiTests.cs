using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Kasian.Core.Routes;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Tests.Admin;

/// <summary>
/// Routes published by an office's administrators (issue 12, item 8), over the API: stored beside the file routes, used by
/// the office at once, invisible to other offices, refused with the route parser's own messages keyed by JSON path.
/// </summary>
public abstract class RouteEditorApiTests(TestDatabase database) : AdminTestBase(database)
{
    /// <summary>
    /// The issue's done-when route: the head of the finance กอง and the head of the Palad office co-endorse in parallel,
    /// the Palad decides up to 100,000 baht and the Nayok above.
    /// </summary>
    public static string DoneWhenRoute(string id, int version = 1, string title = "ความเห็นผู้อำนวยการกองคลัง") => $$"""
        {
          "id": "{{id}}", "version": {{version}},
          "name": { "th": "ขออนุมัติจัดซื้อจัดจ้าง", "en": "Purchase approval" },
          "steps": [
            { "id": "co-endorse", "parallel": { "mode": "all", "steps": [
              { "id": "finance", "title": "{{title}}", "position": "head-of-finance", "action": "endorse", "due": "P1D" },
              { "id": "palad-office", "title": "ความเห็นหัวหน้าสำนักปลัด", "position": "head-of-palad-office", "action": "endorse", "due": "P1D" } ] } },
            { "id": "palad", "title": "คำสั่งปลัด", "position": "palad", "action": "decide", "due": "P1D",
              "when": { "field": "amount", "op": "lte", "value": 100000 } },
            { "id": "nayok", "title": "คำสั่งนายก", "position": "nayok", "action": "decide", "due": "P2D",
              "when": { "field": "amount", "op": "gt", "value": 100000 } }
          ]
        }
        """;

    /// <summary>Adds the finance กอง and its head to the office (once), then publishes the done-when route.</summary>
    public static async Task<HttpResponseMessage> PublishDoneWhenRouteAsync(ApiClient admin, string id, int version = 1)
    {
        var positions = await admin.ItemsAsync("/api/admin/positions");
        if (positions.All(p => p["code"]!.GetValue<string>() != "head-of-finance"))
        {
            var unit = await admin.CreatedAsync("/api/admin/units", new { name = "กองคลัง" });
            await admin.CreatedAsync("/api/admin/positions", new { code = "head-of-finance", title = "ผู้อำนวยการกองคลัง", unitId = unit["id"]!.GetValue<Guid>() });
        }
        var response = await PublishAsync(admin, DoneWhenRoute(id, version));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return response;
    }

    public static Task<HttpResponseMessage> PublishAsync(ApiClient client, string json) =>
        client.Http.PostAsync("/api/admin/routes", new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task<List<string>> RouteIdsAsync(ApiClient client) =>
        (await client.Http.GetFromJsonAsync<JsonArray>("/api/routes"))!.Select(r => r!["id"]!.GetValue<string>()).ToList();

    private Task<int> StoredVersionsAsync() => App.WithDbAsync(db => db.RouteVersions.CountAsync());

    [Fact]
    public async Task A_published_route_is_stored_for_the_office_listed_exported_and_reimported_to_the_same_hash()
    {
        var response = await PublishDoneWhenRouteAsync(Admin, "purchase");
        Assert.Equal("/api/admin/routes/purchase/versions/1", response.Headers.Location?.OriginalString);
        var created = await Admin.OkAsync(response, HttpStatusCode.Created);
        Assert.Equal("office", created["source"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(created["publishedBy"]?.GetValue<string>()));

        var listed = await Admin.ItemsAsync("/api/admin/routes");
        Assert.Equal(["internal-memo file", "purchase office"], listed.Select(r => $"{r["id"]} {r["source"]}"));
        var stored = await App.WithDbAsync(db => db.RouteVersions.SingleAsync(r => r.RouteId == "purchase"));
        Assert.NotNull(stored.OrganisationId);
        Assert.NotNull(stored.PublishedById);
        Assert.Equal(App.Clock.GetUtcNow(), stored.RecordedAt);
        Assert.Contains(await App.WithDbAsync(db => db.AuditRecords.Select(a => a.Action).ToListAsync()), a => a == "route.published");

        // The office's people may send on it at once; the other office's may not even see it.
        Assert.Contains("purchase", await RouteIdsAsync(await SignInAsync("thapthim")));
        var other = await SignInAsync(Offices.OtherAdmin);
        Assert.Equal(["internal-memo"], await RouteIdsAsync(other));
        Assert.DoesNotContain(await other.ItemsAsync("/api/admin/routes"), r => r["id"]!.GetValue<string>() == "purchase");

        var export = await Admin.Http.GetAsync("/api/admin/routes/purchase/versions/1");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("purchase-v1.json", export.Content.Headers.ContentDisposition?.FileName);
        var json = await export.Content.ReadAsStringAsync();
        Assert.Equal(stored.Json, json);
        Assert.Equal(stored.Hash, RouteParser.Parse("export", json).Route!.ContentHash);

        // Importing the export again is the same version: nothing new is stored.
        var again = await Admin.OkAsync(await PublishAsync(Admin, json));
        Assert.Equal(stored.Hash, again["hash"]!.GetValue<string>());
        Assert.Equal(2, await StoredVersionsAsync());
    }

    [Fact]
    public async Task The_diagram_draws_both_branches_between_fork_and_join_and_both_conditions()
    {
        await PublishDoneWhenRouteAsync(Admin, "purchase");
        var response = await Admin.Http.GetAsync("/api/admin/routes/purchase/versions/1/diagram.svg");
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = await response.Content.ReadAsStringAsync();
        var doc = System.Xml.Linq.XDocument.Parse(svg);
        Assert.Equal(4, doc.Descendants().Count(e => e.Name.LocalName == "g" && (string?)e.Attribute("class") == "step"));
        Assert.Contains("ความเห็นผู้อำนวยการกองคลัง", svg, StringComparison.Ordinal);
        Assert.Contains("ความเห็นหัวหน้าสำนักปลัด", svg, StringComparison.Ordinal);
        Assert.Contains(">all<", svg, StringComparison.Ordinal);
        Assert.Contains("when amount ≤ 100,000", svg, StringComparison.Ordinal);
        Assert.Contains("when amount &gt; 100,000", svg, StringComparison.Ordinal);
        Assert.Equal(2, doc.Descendants().Count(e => e.Name.LocalName == "rect" && (string?)e.Attribute("class") == "step decides"));

        // Text typed by an administrator is escaped, never markup.
        await PublishAsync(Admin, DoneWhenRoute("purchase", 2, "<script>alert(1)</script> & co"));
        svg = await Admin.Http.GetStringAsync("/api/admin/routes/purchase/versions/2/diagram.svg");
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"action\": \"endorse\", \"due\": \"P1D\" } ] }", "\"action\": \"decide\", \"due\": \"P1D\" } ] }", "$.steps[0].parallel.steps[1].action")]
    [InlineData("\"op\": \"lte\"", "\"op\": \"between\"", "$.steps[1].when.op")]
    [InlineData("\"due\": \"P2D\"", "\"due\": \"P1M\"", "$.steps[2].due")]
    [InlineData("\"mode\": \"all\"", "\"mode\": \"most\"", "$.steps[0].parallel.mode")]
    public async Task An_invalid_route_is_refused_with_the_parsers_message_at_its_json_path(string from, string to, string path)
    {
        await PublishDoneWhenRouteAsync(Admin, "first");
        var json = DoneWhenRoute("purchase").Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(DoneWhenRoute("purchase"), json);
        var expected = RouteParser.Parse("x", json).Errors.Single(e => e.Path == path).Reason;
        var before = await StoredVersionsAsync();

        var problem = await AdminCalls.ProblemAsync(await PublishAsync(Admin, json), HttpStatusCode.BadRequest, "validation-failed", path);
        Assert.Equal(expected, problem["errors"]![path]![0]!.GetValue<string>());
        Assert.Equal(before, await StoredVersionsAsync());
    }

    [Fact]
    public async Task A_position_or_escalation_the_office_does_not_have_is_refused_by_path()
    {
        await PublishDoneWhenRouteAsync(Admin, "first");
        var json = DoneWhenRoute("purchase").Replace("\"position\": \"palad\"", "\"position\": \"treasurer\"", StringComparison.Ordinal)
            .Replace("\"position\": \"nayok\", \"action\": \"decide\", \"due\": \"P2D\"", "\"position\": \"nayok\", \"action\": \"decide\", \"due\": \"P2D\", \"escalateTo\": \"governor\"", StringComparison.Ordinal);
        var problem = await RefusedAsync(() => PublishAsync(Admin, json), HttpStatusCode.BadRequest, "validation-failed", "$.steps[1].position");
        Assert.Contains("'treasurer' does not exist in this office", problem["errors"]!["$.steps[1].position"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(problem["errors"]!["$.steps[2].escalateTo"]);

        // Mae Chai has no head of finance: the same route is refused there.
        var other = await SignInAsync(Offices.OtherAdmin);
        var theirs = await AdminCalls.ProblemAsync(await PublishAsync(other, DoneWhenRoute("maechai-purchase")), HttpStatusCode.BadRequest, "validation-failed");
        Assert.NotNull(theirs["errors"]!["$.steps[0].parallel.steps[0].position"]);
    }

    [Fact]
    public async Task Versions_go_up_a_file_route_is_not_versioned_by_an_office_and_an_id_belongs_to_one_office()
    {
        await PublishDoneWhenRouteAsync(Admin, "purchase");
        await AdminCalls.ProblemAsync(await PublishAsync(Admin, DoneWhenRoute("purchase", 1, "อื่น")), HttpStatusCode.Conflict, "version-exists");
        await PublishDoneWhenRouteAsync(Admin, "purchase", 3);
        await AdminCalls.ProblemAsync(await PublishAsync(Admin, DoneWhenRoute("purchase", 2)), HttpStatusCode.Conflict, "version-behind");
        Assert.Equal(3, (await Admin.Http.GetFromJsonAsync<JsonArray>("/api/routes"))!.Single(r => r!["id"]!.GetValue<string>() == "purchase")!["version"]!.GetValue<int>());

        var file = await AdminCalls.ProblemAsync(await PublishAsync(Admin, DoneWhenRoute("internal-memo", 2)), HttpStatusCode.Conflict, "route-from-file");
        Assert.Contains("under a new id", file["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var other = await SignInAsync(Offices.OtherAdmin);
        await AdminCalls.ProblemAsync(await PublishAsync(other, DoneWhenRoute("purchase", 4)), HttpStatusCode.Conflict, "route-id-taken");
        Assert.Equal(3, await StoredVersionsAsync());
    }

    [Fact]
    public async Task Another_office_neither_reads_exports_nor_draws_it_and_a_clerk_cannot_publish()
    {
        await PublishDoneWhenRouteAsync(Admin, "purchase");
        var other = await SignInAsync(Offices.OtherAdmin);
        await AdminCalls.ProblemAsync(await other.Http.GetAsync("/api/admin/routes/purchase/versions/1"), HttpStatusCode.NotFound, "not-found");
        await AdminCalls.ProblemAsync(await other.Http.GetAsync("/api/admin/routes/purchase/versions/1/diagram.svg"), HttpStatusCode.NotFound, "not-found");
        // A file route is everyone's to read and export.
        Assert.Equal(HttpStatusCode.OK, (await other.Http.GetAsync("/api/admin/routes/internal-memo/versions/1")).StatusCode);

        var clerk = await SignInAsync(Offices.Clerk);
        await AdminCalls.ProblemAsync(await PublishAsync(clerk, DoneWhenRoute("clerks-route")), HttpStatusCode.Forbidden, "forbidden");
        await AdminCalls.ProblemAsync(await clerk.Http.GetAsync("/api/admin/routes"), HttpStatusCode.Forbidden, "forbidden");
        var auditor = await SignInAsync(Offices.Auditor);
        Assert.Equal(2, (await auditor.ItemsAsync("/api/admin/routes")).Count);
        await AdminCalls.ProblemAsync(await PublishAsync(auditor, DoneWhenRoute("auditors-route")), HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(2, await StoredVersionsAsync());
    }

    [Fact]
    public async Task A_version_another_node_published_is_found_on_a_miss_and_listed_after_the_refresh()
    {
        await PublishDoneWhenRouteAsync(Admin, "first");
        // Written straight to the database, as another node would: this node's catalog does not know it yet.
        var json = RouteParser.Parse("x", DoneWhenRoute("elsewhere")).Route!;
        await App.WithDbAsync(async db =>
        {
            var phusang = await db.Organisations.Where(o => o.Code == "phusang").Select(o => o.Id).SingleAsync();
            db.RouteVersions.Add(new Kasian.Web.Data.RouteVersionRecord
            {
                RouteId = json.Id, Version = 1, Hash = json.ContentHash, Json = json.CanonicalJson, RecordedAt = App.Clock.GetUtcNow(), OrganisationId = phusang,
            });
            return await db.SaveChangesAsync();
        });
        var thapthim = await SignInAsync("thapthim");
        Assert.DoesNotContain("elsewhere", await RouteIdsAsync(thapthim));

        // Another office's person asking for it reloads too, and still may not use it.
        var body = new { routeId = "elsewhere", unit = "สำนักปลัด", subject = "ขออนุมัติจัดซื้อ", to = "นายก", body = "ข้อความ" };
        await AdminCalls.ProblemAsync(await (await SignInAsync(Offices.OtherAdmin)).PostAsync("/api/memos", body), HttpStatusCode.BadRequest, "validation-failed", "routeId");
        var memo = await thapthim.OkAsync(await thapthim.PostAsync("/api/memos", body), HttpStatusCode.Created);
        Assert.Equal("elsewhere", memo["routeId"]!.GetValue<string>());

        // Without a miss, the periodic refresh brings it within its interval.
        await PublishDoneWhenRouteAsync(Admin, "first", 2);
        await App.WithDbAsync(async db =>
        {
            var phusang = await db.Organisations.Where(o => o.Code == "phusang").Select(o => o.Id).SingleAsync();
            var v2 = RouteParser.Parse("x", DoneWhenRoute("elsewhere", 2)).Route!;
            db.RouteVersions.Add(new Kasian.Web.Data.RouteVersionRecord
            {
                RouteId = v2.Id, Version = 2, Hash = v2.ContentHash, Json = v2.CanonicalJson, RecordedAt = App.Clock.GetUtcNow(), OrganisationId = phusang,
            });
            return await db.SaveChangesAsync();
        });
        Assert.Equal(1, await VersionOfAsync(thapthim, "elsewhere"));
        App.Clock.Advance(Kasian.Web.Workflows.PublishedRoutes.Interval);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await VersionOfAsync(thapthim, "elsewhere") != 2 && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Equal(2, await VersionOfAsync(thapthim, "elsewhere"));
    }

    private static async Task<int> VersionOfAsync(ApiClient client, string id) =>
        (await client.Http.GetFromJsonAsync<JsonArray>("/api/routes"))!.Single(r => r!["id"]!.GetValue<string>() == id)!["version"]!.GetValue<int>();
}

public sealed class SqliteRouteEditorApiTests() : RouteEditorApiTests(TestDatabase.Sqlite());

public sealed class PostgreSqlRouteEditorApiTests() : RouteEditorApiTests(TestDatabase.PostgreSql());
