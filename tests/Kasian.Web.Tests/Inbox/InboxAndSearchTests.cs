using System.Net;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Inbox;

/// <summary>What the inbox holds and in which order, and what a search finds, on every provider.</summary>
public abstract class InboxAndSearchTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database);
    private ApiClient _thapthim = null!;
    private ApiClient _naphaporn = null!;

    public async Task InitializeAsync()
    {
        _thapthim = await _app.SignInAsync("thapthim");
        _naphaporn = await _app.SignInAsync("naphaporn");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<List<(Guid Id, string Status, string? Reason)>> InboxAsync(ApiClient who, string query = "") =>
        (await who.GetJsonAsync("/api/memos?box=inbox" + query))["items"]!.AsArray()
            .Select(m => (m!["id"]!.GetValue<Guid>(), m["status"]!.GetValue<string>(), m["returnReason"]?.GetValue<string>())).ToList();

    private async Task<List<Guid>> SearchAsync(string q) =>
        (await _naphaporn.GetJsonAsync($"/api/memos?q={Uri.EscapeDataString(q)}"))["items"]!.AsArray().Select(m => m!["id"]!.GetValue<Guid>()).ToList();

    [Fact]
    public async Task The_authors_inbox_has_her_returned_memo_first_with_the_reason_then_her_drafts_but_not_what_waits_for_others()
    {
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        var waiting = await _thapthim.CreateAndSubmitAsync("เรื่องที่รอหัวหน้าสำนักปลัด");
        var returned = await _thapthim.CreateAndSubmitAsync("เรื่องที่ถูกส่งคืน");
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        var draft = (await _thapthim.CreateMemoAsync("ร่างใหม่", urgency: "most-urgent"))["id"]!.GetValue<Guid>();
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        await _naphaporn.OkAsync(await _naphaporn.PostAsync($"/api/memos/{returned}/return", new { stepId = "head-of-office", reason = "โปรดแนบใบเสนอราคา" }));

        var inbox = await InboxAsync(_thapthim);
        Assert.Equal((returned, "returned", "โปรดแนบใบเสนอราคา"), inbox[0]);
        Assert.Contains((draft, "draft", null), inbox);
        Assert.DoesNotContain(inbox, m => m.Id == waiting);
        Assert.All(inbox.Skip(1), m => Assert.Equal("draft", m.Status));

        // Someone else's drafts and returns are not in mine; what waits at my step is.
        var hers = await InboxAsync(_naphaporn);
        Assert.Equal([waiting], hers.Select(m => m.Id));
    }

    [Fact]
    public async Task Search_finds_the_body_comments_reasons_and_the_originators_name_but_not_capacity_lines_or_step_codes()
    {
        var byBody = (await _thapthim.CreateMemoAsync("เรื่องหนึ่ง"))["id"]!.GetValue<Guid>();
        await _thapthim.OkAsync(await _thapthim.Http.PutAsync($"/api/memos/{byBody}", System.Net.Http.Json.JsonContent.Create(new
        {
            unit = "สำนักปลัด", subject = "เรื่องหนึ่ง", to = "นายก", body = "ซ่อมแซมถนนลูกรังหมู่ที่ ๗",
        })));
        var byComment = await _thapthim.CreateAndSubmitAsync("เรื่องสอง");
        await _naphaporn.OkAsync(await _naphaporn.PostAsync($"/api/memos/{byComment}/endorse", new { stepId = "head-of-office", comment = "ควรประสานกองช่าง" }));
        var byReason = await _thapthim.CreateAndSubmitAsync("เรื่องสาม");
        await _naphaporn.OkAsync(await _naphaporn.PostAsync($"/api/memos/{byReason}/return", new { stepId = "head-of-office", reason = "ขาด Quotation ฉบับจริง" }));

        Assert.Contains(byBody, await SearchAsync("ถนนลูกรัง"));
        Assert.Contains(byBody, await SearchAsync("หมู่ที่ 7"));
        Assert.Equal([byComment], await SearchAsync("กองช่าง"));
        Assert.Equal([byReason], await SearchAsync("quotation"));
        var byName = await SearchAsync("ทับทิม");
        Assert.Contains(byBody, byName);
        Assert.Contains(byComment, byName);
        // Every acted memo's events carry the step code and the actor's capacity line: neither is something anyone wrote.
        Assert.Empty(await SearchAsync("head-of-office"));
        Assert.Empty(await SearchAsync("หัวหน้าสำนักปลัด"));
        Assert.Empty(await SearchAsync("%"));
    }
}

public sealed class SqliteInboxAndSearchTests() : InboxAndSearchTests(TestDatabase.Sqlite());

public sealed class PostgreSqlInboxAndSearchTests() : InboxAndSearchTests(TestDatabase.PostgreSql());
