using System.Net;
using System.Text.RegularExpressions;
using Kasian.Web.Tests.Infrastructure;
using static Kasian.Web.Tests.Reminders.ReminderHarness;

namespace Kasian.Web.Tests.Reminders;

/// <summary>In-app reminders on the pages: a count in the header, a list, and opening one marks it read.</summary>
public sealed partial class InAppNotificationPagesTests : IAsyncLifetime
{
    [GeneratedRegex("<input type=\"checkbox\"[^>]*id=\"([^\"]+)\"[^>]*>")]
    private static partial Regex CheckBox();

    private readonly KasianApp _app = new(TestDatabase.Sqlite(), Settings());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_reminder_shows_as_a_count_in_the_header_and_opens_the_memo()
    {
        var id = await (await _app.SignInAsync("thapthim")).SubmitAsync("internal-memo", "ขอใช้รถยนต์ส่วนกลาง");
        await _app.SweepAtAsync(Bangkok(25, 9, 30));

        var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _app.BaseAddress };
        await PageForms.SignInAsync(browser, "naphaporn");
        var inbox = await (await browser.GetAsync("/")).Content.ReadAsStringAsync();
        Assert.Matches(UnreadBadge("๑"), inbox);

        var list = await (await browser.GetAsync("/notifications")).Content.ReadAsStringAsync();
        Assert.Contains("ขอใช้รถยนต์ส่วนกลาง", list, StringComparison.Ordinal);
        var notification = WebUtility.HtmlDecode(OpenForm().Match(list).Groups[1].Value);
        var token = await PageForms.TokenAsync(browser, "/notifications");

        var open = await browser.PostAsync(notification, PageForms.Form(("__af", token)));
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.Equal($"/memos/{id}", open.Headers.Location!.OriginalString);
        Assert.DoesNotMatch(UnreadBadge(".+"), await (await browser.GetAsync("/")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_person_chooses_their_reminder_channels_on_the_notifications_page()
    {
        var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _app.BaseAddress };
        await PageForms.SignInAsync(browser, "worawit");
        var token = await PageForms.TokenAsync(browser, "/notifications");

        var saved = await browser.PostAsync("/notifications?handler=Preferences", PageForms.Form(
            ("__af", token), ("Email", "false"), ("LineUserId", "U1234567890abcdef"), ("WebhookUrl", "https://hooks.phusang.example/kasian")));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("บันทึกการตั้งค่าการแจ้งเตือนแล้ว", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var preferences = await (await _app.SignInAsync("worawit")).GetJsonAsync("/api/me/notifications");
        Assert.False(preferences["email"]!.GetValue<bool>());
        Assert.Equal("U1234567890abcdef", preferences["lineUserId"]!.GetValue<string>());
        Assert.Equal("https://hooks.phusang.example/kasian", preferences["webhookUrl"]!.GetValue<string>());

        var refused = await browser.PostAsync("/notifications?handler=Preferences", PageForms.Form(("__af", token), ("WebhookUrl", "javascript:alert(1)")));
        Assert.DoesNotContain("บันทึกการตั้งค่าการแจ้งเตือนแล้ว", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("https://hooks.phusang.example/kasian", (await (await _app.SignInAsync("worawit")).GetJsonAsync("/api/me/notifications"))["webhookUrl"]!.GetValue<string>());
    }

    private static Regex UnreadBadge(string count) => new($"การแจ้งเตือน<span class=\"badge\"[^>]*>{count}</span>");

    [Fact]
    public async Task The_page_chooses_per_kind_and_channel_the_digest_and_quiet_hours_with_each_checkbox_beside_its_label()
    {
        var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _app.BaseAddress };
        await PageForms.SignInAsync(browser, "worawit");
        var page = await (await browser.GetAsync("/notifications")).Content.ReadAsStringAsync();
        // Thai labels, every checkbox followed by its own label.
        Assert.Contains("หนังสือรอท่านพิจารณา", page, StringComparison.Ordinal);
        Assert.Contains("ไม่รบกวนนอกเวลาราชการ", page, StringComparison.Ordinal);
        Assert.Contains("รหัสผู้ใช้ไลน์", page, StringComparison.Ordinal);
        foreach (Match box in CheckBox().Matches(page))
            Assert.Matches($"^\\s*<label for=\"{Regex.Escape(box.Groups[1].Value)}\">", page[(box.Index + box.Length)..]);
        Assert.True(CheckBox().Count(page) >= 8 * 3 + 3 + 3);

        var token = await PageForms.TokenAsync(browser, "/notifications");
        var fields = new List<(string, string)> { ("__af", token), ("Email", "true"), ("Matrix", "true"), ("QuietHours", "true"), ("Digest", "email") };
        fields.AddRange(new[] { "step-opened", "returned", "approved" }.SelectMany(k => new[] { ("On", $"{k}:email"), ("On", $"{k}:line") }));
        var saved = await browser.PostAsync("/notifications?handler=Preferences", PageForms.Form([.. fields]));
        Assert.Contains("บันทึกการตั้งค่าการแจ้งเตือนแล้ว", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var preferences = await (await _app.SignInAsync("worawit")).GetJsonAsync("/api/me/notifications");
        Assert.True(preferences["quietHours"]!.GetValue<bool>());
        string Mode(string kind, string channel) => preferences["choices"]!.AsArray()
            .Single(c => c!["kind"]!.GetValue<string>() == kind && c["channel"]!.GetValue<string>() == channel)!["mode"]!.GetValue<string>();
        Assert.Equal("digest", Mode("step-opened", "email"));
        Assert.Equal("immediate", Mode("returned", "line"));
        Assert.Equal("off", Mode("rejected", "email"));
        Assert.Equal("off", Mode("step-opened", "webhook"));
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+handler=Open[^\"]*)\"")]
    private static partial Regex OpenForm();
}
