using System.Net;
using Kasian.Core.Engine;
using Kasian.Web.Common;
using Kasian.Web.Pages;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Inbox;

/// <summary>The Thai pages speak Thai: refusals, field errors, search dates in the Buddhist Era.</summary>
public sealed class ThaiPageTextTests : IAsyncLifetime
{
    private readonly KasianApp _app = new(TestDatabase.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string> RefusalCodes()
    {
        var codes = new TheoryData<string>();
        foreach (var code in Enum.GetValues<RefusalCode>()) codes.Add(ProblemResults.Kebab(code.ToString()));
        // The host's own codes a memo page can meet.
        foreach (var code in new[] { "route-unavailable", "no-position", "concurrent-action", "not-found", "unauthorized", "validation-failed", "storage-unavailable" })
            codes.Add(code);
        return codes;
    }

    [Theory]
    [MemberData(nameof(RefusalCodes))]
    public void Every_refusal_a_memo_page_can_show_has_thai_words(string code)
    {
        Assert.True(Texts.All.TryGetValue("problem." + code, out var text), $"no text for {code}");
        Assert.Matches("[\u0E00-\u0E7F]", text.Th);
    }

    [Fact]
    public async Task A_memo_saved_without_a_subject_says_so_in_thai()
    {
        var officer = await PageBrowser.SignInAsync(_app, "thapthim");
        var (_, html) = await officer.PostAsync("/memos/new", "/memos/new",
            ("Form.Unit", "สำนักปลัด"), ("Form.Subject", "\u200B"), ("Form.To", "นายก"), ("Form.Body", "ข้อความ"), ("Form.Urgency", "normal"));

        var main = PageBrowser.MainOf(html);
        Assert.Contains("กรุณากรอกเรื่อง", main, StringComparison.Ordinal);
        Assert.DoesNotContain("is required", main, StringComparison.Ordinal);
        Assert.DoesNotContain("(the subject)", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_dates_are_typed_and_shown_in_the_buddhist_era()
    {
        var api = await _app.SignInAsync("thapthim");
        var id = await api.CreateAndSubmitAsync("เรื่องที่เสนอวันที่ ๒๔ พฤศจิกายน ๒๕๖๙"); // KasianApp.Start is 24 Nov 2026, Bangkok
        var reader = await PageBrowser.SignInAsync(_app, "thapthim");

        var (_, inRange) = await reader.GetAsync($"/search?from={Uri.EscapeDataString("๑/๑๑/๒๕๖๙")}&to=30/11/2569");
        Assert.Contains($"/memos/{id}", inRange, StringComparison.Ordinal);
        Assert.Contains("value=\"๑/๑๑/๒๕๖๙\"", inRange, StringComparison.Ordinal);

        var (_, after) = await reader.GetAsync("/search?from=1/12/2569");
        Assert.DoesNotContain($"/memos/{id}", after, StringComparison.Ordinal);

        var (status, wrong) = await reader.GetAsync("/search?from=2026-11-01");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("กรุณาเขียนวันที่เริ่มต้นเป็น วัน/เดือน/ปี พ.ศ.", PageBrowser.MainOf(wrong), StringComparison.Ordinal);
    }
}
