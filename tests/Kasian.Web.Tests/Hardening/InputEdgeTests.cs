using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Kasian.Web.Tests.Reminders.ReminderHarness;

namespace Kasian.Web.Tests.Hardening;

/// <summary>
/// The edges a hostile or careless client finds: names and text that render as something else or as nothing,
/// pages past the end, a list where one value was expected. Each gets a clear answer, never a 500, and a refusal
/// changes nothing.
/// </summary>
public abstract class InputEdgeTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database, Settings());
    private ApiClient _thapthim = null!;

    public async Task InitializeAsync() => _thapthim = await _app.SignInAsync("thapthim");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_file_name_with_a_very_long_extension_is_cut_to_200_characters_not_a_500()
    {
        var id = (await _thapthim.CreateMemoAsync())["id"]!.GetValue<Guid>();

        var longExtension = await AttachAsync(id, "report." + new string('x', 300));
        Assert.Equal("report." + new string('x', 193), longExtension);
        // 196 characters would end inside "สุ": the cut goes back to the end of the last whole "ที่".
        var longThai = await AttachAsync(id, string.Concat(Enumerable.Repeat("ที่สุด", 60)) + ".pdf");
        Assert.Equal(string.Concat(Enumerable.Repeat("ที่สุด", 32)) + "ที่.pdf", longThai);
        // Cut between whole characters: a lone surrogate could not be stored, and a dangling vowel would read wrong.
        var emoji = await AttachAsync(id, string.Concat(Enumerable.Repeat("😀", 150)) + ".txt");
        Assert.Equal(string.Concat(Enumerable.Repeat("😀", 98)) + ".txt", emoji);
    }

    [Fact]
    public async Task Bidirectional_controls_are_taken_out_of_file_names()
    {
        var id = (await _thapthim.CreateMemoAsync())["id"]!.GetValue<Guid>();
        // Shown with the override, "ใบแจ้งหนี้\u202Efdp.exe" reads as "ใบแจ้งหนี้exe.pdf".
        Assert.Equal("ใบแจ้งหนี้fdp.exe", await AttachAsync(id, "ใบแจ้งหนี้\u202Efdp.exe"));
        Assert.Equal("ab.txt", await AttachAsync(id, "\u2066a\u2067b\u2068\u2069\u202A\u202B\u202C\u202D.txt"));
    }

    [Theory]
    [InlineData("\u200B\u200C\u200D\u2060\uFEFF")]
    [InlineData(" \u200B \u00AD ")]
    public async Task A_subject_of_invisible_characters_only_is_missing(string subject)
    {
        var before = await StoredState.ReadAsync(_app);
        var problem = await ApiClient.ProblemAsync(await _thapthim.PostAsync("/api/memos", Fields(subject)), HttpStatusCode.BadRequest, "validation-failed");
        Assert.NotNull(problem["errors"]!["subject"]);
        var id = (await _thapthim.CreateMemoAsync())["id"]!.GetValue<Guid>();
        var midway = await StoredState.ReadAsync(_app);
        problem = await ApiClient.ProblemAsync(await _thapthim.Http.PutAsJsonAsync($"/api/memos/{id}", Fields(subject)), HttpStatusCode.BadRequest, "validation-failed");
        Assert.NotNull(problem["errors"]!["subject"]);
        Assert.Equal(midway, await StoredState.ReadAsync(_app));
        Assert.Equal(before.Memos + 1, midway.Memos);
    }

    [Fact]
    public async Task A_subject_with_a_right_to_left_override_is_refused()
    {
        var before = await StoredState.ReadAsync(_app);
        foreach (var c in new[] { '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069' })
        {
            var problem = await ApiClient.ProblemAsync(await _thapthim.PostAsync("/api/memos", Fields($"ขออนุมัติ{c}ซื้อ")), HttpStatusCode.BadRequest, "validation-failed");
            Assert.Contains("right-to-left", problem["errors"]!["subject"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        }
        Assert.Equal(before, await StoredState.ReadAsync(_app));
    }

    [Fact]
    public async Task A_reason_of_invisible_characters_only_is_no_reason()
    {
        var id = await _thapthim.CreateAndSubmitAsync();
        var naphaporn = await _app.SignInAsync("naphaporn");
        var before = await StoredState.ReadAsync(_app);
        await ApiClient.ProblemAsync(await naphaporn.PostAsync($"/api/memos/{id}/return", new { stepId = "head-of-office", reason = "\u200B\u2060\u200D" }),
            HttpStatusCode.BadRequest, "reason-required");
        Assert.Equal(before, await StoredState.ReadAsync(_app));
    }

    [Fact]
    public async Task An_invisible_LINE_user_id_is_none()
    {
        var naphaporn = await _app.SignInAsync("naphaporn");
        var saved = await naphaporn.OkAsync(await naphaporn.Http.PutAsJsonAsync("/api/me/notifications", new { email = false, lineUserId = "\u200B\u2060" }));
        Assert.Null(saved["lineUserId"]);
        Assert.Null(await _app.WithDbAsync(db => db.People.Where(p => p.Username == "naphaporn").Select(p => p.LineUserId).SingleAsync()));
    }

    [Fact]
    public async Task A_page_past_the_last_is_empty_and_says_the_real_total_in_every_list()
    {
        await _thapthim.SubmitAsync("internal-memo");
        await _app.SweepAtAsync(Bangkok(25, 11));
        var thapthim = await _app.SignInAsync("thapthim");
        var naphaporn = await _app.SignInAsync("naphaporn");
        var admin = await _app.SignInAsync("admin");

        var memos = await thapthim.GetJsonAsync("/api/memos?box=all");
        var total = memos["total"]!.GetValue<int>();
        Assert.True(total >= 2, "the seed memo and the new one");
        var deliveries = (await admin.GetJsonAsync("/api/admin/deliveries"))["total"]!.GetValue<int>();
        Assert.True(deliveries >= 1);
        Assert.Equal(1, (await naphaporn.GetJsonAsync("/api/notifications"))["total"]!.GetValue<int>());

        foreach (var page in new[] { 2, 1000, int.MaxValue })
        {
            AssertEmptyPage(await thapthim.GetJsonAsync($"/api/memos?box=all&page={page}"), page, total);
            AssertEmptyPage(await naphaporn.GetJsonAsync($"/api/notifications?page={page}"), page, 1);
            AssertEmptyPage(await naphaporn.GetJsonAsync($"/api/notifications?unread=true&page={page}"), page, 1);
            AssertEmptyPage(await admin.GetJsonAsync($"/api/admin/deliveries?page={page}"), page, deliveries);
        }
        foreach (var path in new[] { "/api/memos?page=0", "/api/notifications?page=-1", "/api/admin/deliveries?page=0" })
        {
            var client = path.Contains("deliveries", StringComparison.Ordinal) ? admin : naphaporn;
            var problem = await ApiClient.ProblemAsync(await client.Http.GetAsync(path), HttpStatusCode.BadRequest, "validation-failed");
            Assert.NotNull(problem["errors"]!["page"]);
        }
        await ApiClient.ProblemAsync(await thapthim.Http.GetAsync("/api/memos?page=99999999999"), HttpStatusCode.BadRequest, "malformed-request");
    }

    [Fact]
    public async Task A_status_list_finds_every_status_named_and_an_unknown_one_is_refused()
    {
        var draft = (await _thapthim.CreateMemoAsync("ร่าง"))["id"]!.GetValue<Guid>();
        var pending = await _thapthim.CreateAndSubmitAsync("เสนอแล้ว");

        var both = await Ids("/api/memos?box=sent&status=draft,pending");
        Assert.Contains(draft, both);
        Assert.Contains(pending, both);
        Assert.Equal(both.Order(), (await Ids("/api/memos?box=sent&status= Pending , draft,draft")).Order());
        var drafts = await Ids("/api/memos?box=sent&status=draft");
        Assert.Contains(draft, drafts);
        Assert.DoesNotContain(pending, drafts);
        Assert.Equal([pending], await Ids("/api/memos?box=sent&status=pending"));

        foreach (var status in new[] { "draft,lost", "1", "draft,,pending", "Draft|Pending" })
        {
            var problem = await ApiClient.ProblemAsync(await _thapthim.Http.GetAsync($"/api/memos?status={Uri.EscapeDataString(status)}"), HttpStatusCode.BadRequest, "validation-failed");
            Assert.Contains("draft, pending, approved", problem["errors"]!["status"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        }

        var admin = await _app.SignInAsync("admin");
        Assert.Equal(0, (await admin.GetJsonAsync("/api/admin/deliveries?status=pending,failed"))["total"]!.GetValue<int>());
        await ApiClient.ProblemAsync(await admin.Http.GetAsync("/api/admin/deliveries?status=pending,lost"), HttpStatusCode.BadRequest, "validation-failed");
    }

    [Fact]
    public async Task Compose_refuses_a_file_over_the_limit_without_leaving_a_draft_behind()
    {
        var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _app.BaseAddress };
        await PageForms.SignInAsync(browser, "thapthim");
        var token = await PageForms.TokenAsync(browser, "/memos/new");
        var before = await StoredState.ReadAsync(_app);
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__af" },
            { new StringContent("สำนักปลัด"), "Form.Unit" },
            { new StringContent("เรื่องที่แนบไฟล์ใหญ่"), "Form.Subject" },
            { new StringContent("นายก"), "Form.To" },
            { new StringContent("ข้อความ"), "Form.Body" },
            { new StringContent("normal"), "Form.Urgency" },
            { new ByteArrayContent(new byte[11 * 1024 * 1024]), "Upload", "big.pdf" },
        };

        var response = await browser.PostAsync("/memos/new", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("เรื่องที่แนบไฟล์ใหญ่", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await StoredState.ReadAsync(_app));
    }

    private static void AssertEmptyPage(JsonObject list, int page, int total)
    {
        Assert.Empty(list["items"]!.AsArray());
        Assert.Equal(page, list["page"]!.GetValue<int>());
        Assert.Equal(total, list["total"]!.GetValue<int>());
    }

    private async Task<List<Guid>> Ids(string path) =>
        (await _thapthim.GetJsonAsync(path))["items"]!.AsArray().Select(m => m!["id"]!.GetValue<Guid>()).ToList();

    private async Task<string> AttachAsync(Guid memo, string fileName)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent("ข้อมูล"u8.ToArray()), "file", fileName } };
        var answer = await _thapthim.OkAsync(await _thapthim.Http.PostAsync($"/api/memos/{memo}/attachments", form), HttpStatusCode.Created);
        var stored = answer["attachments"]!.AsArray().Last()!["fileName"]!.GetValue<string>();
        var inDatabase = await _app.WithDbAsync(db => db.Attachments.Where(a => a.MemoId == new Kasian.Core.Memos.MemoId(memo)).Select(a => a.FileName).ToListAsync());
        Assert.Contains(stored, inDatabase);
        return stored;
    }

    private static object Fields(string subject) =>
        new { unit = "สำนักปลัด", subject, to = "นายกองค์การบริหารส่วนตำบลภูซาง", body = "เนื้อหา" };
}

public sealed class SqliteInputEdgeTests() : InputEdgeTests(TestDatabase.Sqlite());

public sealed class PostgreSqlInputEdgeTests() : InputEdgeTests(TestDatabase.PostgreSql());
