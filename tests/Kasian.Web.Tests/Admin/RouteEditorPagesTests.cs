using System.Net;
using Kasian.Core.Routes;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Tests.Admin;

/// <summary>
/// The route editor over plain HTTP, as a browser without script sends it: the done-when route built in the pages
/// only, and each kind of mistake shown with the parser's own message beside the row and field it concerns.
/// </summary>
public abstract class RouteEditorPagesTests(TestDatabase database) : IAsyncLifetime
{
    private const string Editor = "/admin/routes/edit";
    private readonly KasianApp _app = new(database);

    public async Task InitializeAsync() => await Offices.AddAsync(_app);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    /// <summary>The done-when route as editor rows: finance and Palad office in parallel (all), Palad ≤ 100,000, Nayok above.</summary>
    public static List<Dictionary<string, string>> DoneWhenRows() =>
    [
        new() { ["Id"] = "finance", ["Title"] = "ความเห็นผู้อำนวยการกองคลัง", ["Position"] = "head-of-finance", ["Action"] = "endorse", ["Due"] = "P1D", ["Group"] = "co-endorse", ["GroupMode"] = "all" },
        new() { ["Id"] = "palad-office", ["Title"] = "ความเห็นหัวหน้าสำนักปลัด", ["Position"] = "head-of-palad-office", ["Action"] = "endorse", ["Due"] = "P1D", ["Group"] = "co-endorse", ["GroupMode"] = "all" },
        new() { ["Id"] = "palad", ["Title"] = "คำสั่งปลัด", ["Position"] = "palad", ["Action"] = "decide", ["Due"] = "P1D", ["WhenField"] = "amount", ["WhenOp"] = "lte", ["WhenValue"] = "100,000" },
        new() { ["Id"] = "nayok", ["Title"] = "คำสั่งนายก", ["Position"] = "nayok", ["Action"] = "decide", ["Due"] = "P2D", ["WhenField"] = "amount", ["WhenOp"] = "gt", ["WhenValue"] = "๑๐๐๐๐๐" },
    ];

    public static (string, string)[] EditorFields(string id, List<Dictionary<string, string>> rows, int blankRows = 0) =>
    [
        ("Form.Id", id), ("Form.Version", "1"), ("Form.NameTh", "ขออนุมัติจัดซื้อจัดจ้าง"), ("Form.NameEn", "Purchase approval"), ("Form.Resubmit", "from-start"),
        .. rows.SelectMany((row, i) => row.Select(f => ($"Form.Rows[{i}].{f.Key}", f.Value))),
        .. Enumerable.Range(rows.Count, blankRows).Select(i => ($"Form.Rows[{i}].Id", "")),
    ];

    private async Task<PageBrowser> AdminWithFinanceAsync()
    {
        var admin = await PageBrowser.SignInAsync(_app, "admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/admin/positions?handler=Create", "/admin/positions",
            ("New.Code", "head-of-finance"), ("New.Title", "ผู้อำนวยการกองคลัง"))).Status);
        return admin;
    }

    private Task<int> StoredVersionsAsync() => _app.WithDbAsync(db => db.RouteVersions.CountAsync());

    [Fact]
    public async Task An_administrator_builds_the_done_when_route_in_the_pages_publishes_it_and_exports_it()
    {
        var admin = await AdminWithFinanceAsync();
        var (status, html) = await admin.GetAsync(Editor);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<option value=\"head-of-finance\">ผู้อำนวยการกองคลัง (head-of-finance)</option>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"row-3\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"row-4\"", html, StringComparison.Ordinal);

        // Four rows are not enough for nothing: "add rows" keeps what was typed and adds empty ones.
        (status, html) = await admin.PostAsync(Editor + "?handler=AddRows", Editor, EditorFields("purchase", DoneWhenRows()));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"row-6\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"ความเห็นหัวหน้าสำนักปลัด\"", html, StringComparison.Ordinal);

        (status, html) = await admin.PostAsync(Editor + "?handler=Publish", Editor, EditorFields("purchase", DoneWhenRows(), blankRows: 3));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("เผยแพร่เส้นทางแล้ว", html, StringComparison.Ordinal);
        var diagram = html[html.IndexOf("<svg", StringComparison.Ordinal)..(html.IndexOf("</svg>", StringComparison.Ordinal) + 6)];
        Assert.Contains("ความเห็นผู้อำนวยการกองคลัง", diagram, StringComparison.Ordinal);
        Assert.Contains("ความเห็นหัวหน้าสำนักปลัด", diagram, StringComparison.Ordinal);
        Assert.Contains(">all<", diagram, StringComparison.Ordinal);
        Assert.Contains("when amount ≤ 100,000", diagram, StringComparison.Ordinal);
        Assert.Contains("when amount > 100,000", diagram, StringComparison.Ordinal);

        var stored = await _app.WithDbAsync(db => db.RouteVersions.SingleAsync(r => r.RouteId == "purchase"));
        var route = RouteParser.Parse("stored", stored.Json).Route!;
        var group = Assert.IsType<ParallelGroup>(route.Nodes[0]);
        Assert.Equal(JoinMode.All, group.Mode);
        Assert.Equal(["head-of-finance", "head-of-palad-office"], group.Branches.Select(b => b.Position));
        Assert.Equal("amount ≤ 100,000", route.Nodes[1].When!.Describe());
        Assert.Equal("amount > 100,000", route.Nodes[2].When!.Describe());

        // Export from the page, import it back: the same content hash, nothing new stored.
        var export = await admin.Http.GetAsync("/admin/routes/purchase/1?handler=Export");
        Assert.Equal("purchase-v1.json", export.Content.Headers.ContentDisposition?.FileName);
        var json = await export.Content.ReadAsStringAsync();
        Assert.Equal(stored.Hash, RouteParser.Parse("export", json).Route!.ContentHash);
        (status, html) = await admin.PostAsync("/admin/routes?handler=Import", "/admin/routes", ("ImportJson", json));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("เผยแพร่ไว้แล้วด้วยเนื้อหาเดียวกัน", html, StringComparison.Ordinal);
        Assert.Equal(2, await StoredVersionsAsync());

        // Listed, and it starts the next version in the editor.
        (_, html) = await admin.GetAsync("/admin/routes");
        Assert.Contains("href=\"/admin/routes/purchase/1\"", html, StringComparison.Ordinal);
        (_, html) = await admin.GetAsync(Editor + "?from=purchase&version=1");
        Assert.Contains("id=\"route-version\" name=\"Form.Version\" type=\"text\" value=\"2\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Rows[1].Group\" type=\"text\" value=\"co-endorse\"", html, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> Mistakes => new()
    {
        // row, field, value → the row and field the message is shown beside
        { "1", "Action", "decide", "row-1-action" },
        { "2", "WhenOp", "", "row-2-when" },
        { "3", "Due", "P1M", "row-3-due" },
        { "2", "Position", "treasurer", "row-2-position" },
        { "1", "Group", "", "row-0-group" },
        { "3", "RemindMax", "many", "row-3-remindMax" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Each_mistake_shows_the_parsers_message_beside_its_row_and_field_and_stores_nothing(string row, string field, string value, string shownAt)
    {
        var admin = await AdminWithFinanceAsync();
        var rows = DoneWhenRows();
        rows[int.Parse(row, System.Globalization.CultureInfo.InvariantCulture)][field] = value;
        if (field == "RemindMax") rows[3]["RemindEvery"] = "P1D";
        var before = await StoredVersionsAsync();

        var (status, html) = await admin.PostAsync(Editor + "?handler=Publish", Editor, EditorFields("purchase", rows));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var message = System.Text.RegularExpressions.Regex.Match(html, $"<p class=\"field-error\" id=\"{shownAt}-error\">([^<]+)</p>");
        Assert.True(message.Success, $"no error beside {shownAt}: {PageBrowser.MainOf(html)}");
        // The same words a route file gets at start-up, in the list at the top with the JSON path.
        Assert.Matches($"<li><code>\\$\\.steps\\[\\d\\][^<]*</code>: {System.Text.RegularExpressions.Regex.Escape(message.Groups[1].Value)}</li>", html);
        Assert.Contains($"value=\"{value}\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await StoredVersionsAsync());
    }

    [Fact]
    public async Task A_refused_route_id_and_name_are_shown_beside_the_route_fields_and_a_clerk_gets_no_editor()
    {
        var admin = await AdminWithFinanceAsync();
        var fields = EditorFields("Purchase Route", DoneWhenRows()).Select(f => f.Item1 == "Form.NameTh" ? (f.Item1, "") : f).ToArray();
        var (status, html) = await admin.PostAsync(Editor + "?handler=Publish", Editor, fields);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<p class=\"field-error\" id=\"route-id-error\">'Purchase Route' must be lower-case letters, digits and hyphens</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"field-error\" id=\"route-nameTh-error\">required</p>", html, StringComparison.Ordinal);

        var clerk = await PageBrowser.SignInAsync(_app, Offices.Clerk, Offices.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync(Editor)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/admin/routes")).Status);
    }

    [Fact]
    public async Task Another_offices_administrator_cannot_open_or_export_the_route()
    {
        var admin = await AdminWithFinanceAsync();
        await admin.PostAsync(Editor + "?handler=Publish", Editor, EditorFields("purchase", DoneWhenRows()));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/routes/purchase/1")).Status);

        var other = await PageBrowser.SignInAsync(_app, Offices.OtherAdmin, Offices.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/admin/routes/purchase/1")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync("/admin/routes/purchase/1?handler=Export")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Editor + "?from=purchase&version=1")).Status);
        Assert.DoesNotContain("purchase", (await other.GetAsync("/admin/routes")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_compose_page_offers_the_offices_published_route_to_its_people_only()
    {
        var admin = await AdminWithFinanceAsync();
        var thapthim = await PageBrowser.SignInAsync(_app, "thapthim");
        Assert.DoesNotContain("name=\"RouteId\"", (await thapthim.GetAsync("/memos/new")).Html, StringComparison.Ordinal);
        await admin.PostAsync(Editor + "?handler=Publish", Editor, EditorFields("purchase", DoneWhenRows()));

        var html = (await thapthim.GetAsync("/memos/new")).Html;
        Assert.Contains("<option value=\"purchase\">ขออนุมัติจัดซื้อจัดจ้าง</option>", html, StringComparison.Ordinal);
        Assert.Matches("<option value=\"internal-memo\" selected=\"selected\">", html);
        var other = await PageBrowser.SignInAsync(_app, Offices.OtherAdmin, Offices.Password);
        Assert.DoesNotContain("purchase", (await other.GetAsync("/memos/new")).Html, StringComparison.Ordinal);
    }
}

public sealed class SqliteRouteEditorPagesTests() : RouteEditorPagesTests(TestDatabase.Sqlite());
