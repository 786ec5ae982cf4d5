using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Kasian.Web.Notifications;
using Kasian.Web.Tests.Infrastructure;
using Kasian.Web.Tests.Reminders;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Tests.Notifications;

/// <summary>
/// Linking a LINE account without typing a user id: a one-time code on the notifications page, sent to the Official
/// Account; LINE's webhook call, signed with the channel secret, links the sender. A fake LINE platform on loopback
/// then receives the Flex messages.
/// </summary>
public abstract class LineLinkingTests(TestDatabase database) : IAsyncLifetime
{
    private const string Secret = "line-channel-secret";

    private readonly HttpSink _line = new();
    private KasianApp _app = null!;

    public Task InitializeAsync()
    {
        _app = new KasianApp(database, ReminderHarness.Settings(new Dictionary<string, string?>
        {
            ["Kasian:Notifications:Line:BaseUrl"] = _line.BaseUrl,
            ["Kasian:Notifications:Line:ChannelToken"] = "line-token",
            ["Kasian:Notifications:Line:ChannelSecret"] = Secret,
            ["Kasian:Notifications:Line:AddFriendUrl"] = "https://line.me/R/ti/p/@phusang",
            ["Kasian:Notifications:AllowPrivateTargets"] = "true",
            ["Kasian:Notifications:Turns:Enabled"] = "true",
        }));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _line.Dispose();
    }

    [Fact]
    public async Task A_code_sent_to_the_official_account_links_the_sender_and_turns_then_arrive_on_LINE()
    {
        var naphaporn = await _app.SignInAsync("naphaporn");
        var code = await naphaporn.OkAsync(await naphaporn.PostAsync("/api/me/notifications/line-code"));
        var text = code["code"]!.GetValue<string>();
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", text);
        Assert.Equal("https://line.me/R/ti/p/@phusang", code["addFriendUrl"]!.GetValue<string>());
        // Only the hash is stored.
        var stored = await _app.WithDbAsync(db => db.NotificationProfiles.AsNoTracking().SingleAsync());
        Assert.Equal(LineCodes.Hash(text), stored.LineCodeHash);
        Assert.DoesNotContain(text.Replace("-", ""), stored.LineCodeHash, StringComparison.OrdinalIgnoreCase);

        // Typed loosely (lower case, no dash) in the chat.
        var linked = await PostWebhookAsync(Events("U-naphaporn-line", text.ToLowerInvariant().Replace("-", " ")), sign: true);
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal("U-naphaporn-line", (await naphaporn.GetJsonAsync("/api/me/notifications"))["lineUserId"]!.GetValue<string>());

        // One time only: the same code again, from someone else, links nobody.
        await PostWebhookAsync(Events("U-intruder", text), sign: true);
        Assert.Equal("U-naphaporn-line", (await naphaporn.GetJsonAsync("/api/me/notifications"))["lineUserId"]!.GetValue<string>());

        // Her next turn comes as a Flex message with a button that opens the memo.
        var thapthim = await _app.SignInAsync("thapthim");
        var id = await thapthim.CreateAndSubmitAsync("ขอความเห็นชอบโครงการ");
        var push = await PushAsync();
        Assert.Equal("U-naphaporn-line", push["to"]!.GetValue<string>());
        var flex = push["messages"]![0]!;
        Assert.Equal("flex", flex["type"]!.GetValue<string>());
        Assert.Contains("หนังสือรอท่านพิจารณา", flex["altText"]!.GetValue<string>());
        Assert.Contains("เรื่อง ขอความเห็นชอบโครงการ", flex["contents"]!["body"]!["contents"]![1]!["text"]!.GetValue<string>());
        var action = flex["contents"]!["footer"]!["contents"]![0]!["action"]!;
        Assert.Equal(("uri", $"{ReminderHarness.PublicBaseUrl}/memos/{id}"), (action["type"]!.GetValue<string>(), action["uri"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_notifications_page_shows_a_code_and_the_QR_code_of_the_add_friend_link()
    {
        var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _app.BaseAddress };
        await PageForms.SignInAsync(browser, "naphaporn");
        var token = await PageForms.TokenAsync(browser, "/notifications");
        var page = await (await browser.PostAsync("/notifications?handler=LineCode", PageForms.Form(("__af", token)))).Content.ReadAsStringAsync();

        var code = System.Text.RegularExpressions.Regex.Match(page, "class=\"line-code\">([A-Z2-9]{4}-[A-Z2-9]{4})<").Groups[1].Value;
        Assert.NotEmpty(code);
        Assert.Contains("<img src=\"data:image/png;base64,", page, StringComparison.Ordinal);
        Assert.Contains("ใช้ได้ถึง ", page, StringComparison.Ordinal);
        // The code shown is the one the webhook accepts.
        await PostWebhookAsync(Events("U-from-page", code), sign: true);
        Assert.Equal("U-from-page", (await (await _app.SignInAsync("naphaporn")).GetJsonAsync("/api/me/notifications"))["lineUserId"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_expired_code_links_nobody()
    {
        var naphaporn = await _app.SignInAsync("naphaporn");
        var text = (await naphaporn.OkAsync(await naphaporn.PostAsync("/api/me/notifications/line-code")))["code"]!.GetValue<string>();
        _app.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.OK, (await PostWebhookAsync(Events("U-late", text), sign: true)).StatusCode);
        Assert.Null((await naphaporn.GetJsonAsync("/api/me/notifications"))["lineUserId"]);
    }

    [Theory]
    [InlineData("bad")]
    [InlineData("missing")]
    [InlineData("other-body")]
    public async Task A_webhook_call_without_a_good_signature_is_401_and_changes_nothing(string signature)
    {
        var naphaporn = await _app.SignInAsync("naphaporn");
        var text = (await naphaporn.OkAsync(await naphaporn.PostAsync("/api/me/notifications/line-code")))["code"]!.GetValue<string>();
        var body = Events("U-forged", text);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/line/webhook") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (signature == "bad") request.Headers.Add(LineWebhook.SignatureHeader, Convert.ToBase64String(new byte[32]));
        if (signature == "other-body") request.Headers.Add(LineWebhook.SignatureHeader, LineWebhook.Sign(Secret, Events("U-forged", "AAAA-AAAA")));
        var response = await _app.CreateClient().SendAsync(request);

        await ApiClient.ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Null((await naphaporn.GetJsonAsync("/api/me/notifications"))["lineUserId"]);
        Assert.NotNull(await _app.WithDbAsync(db => db.NotificationProfiles.AsNoTracking().Select(p => p.LineCodeHash).SingleAsync()));
    }

    [Fact]
    public async Task A_signed_body_that_is_not_a_webhook_is_400()
    {
        var body = Encoding.UTF8.GetBytes("not json");
        await ApiClient.ProblemAsync(await PostWebhookAsync(body, sign: true), HttpStatusCode.BadRequest, "validation-failed");
    }

    private static byte[] Events(string userId, string text) => Encoding.UTF8.GetBytes(new JsonObject
    {
        ["destination"] = "Uofficialaccount",
        ["events"] = new JsonArray(
            new JsonObject { ["type"] = "follow", ["source"] = new JsonObject { ["type"] = "user", ["userId"] = userId } },
            new JsonObject
            {
                ["type"] = "message",
                ["replyToken"] = "r",
                ["source"] = new JsonObject { ["type"] = "user", ["userId"] = userId },
                ["message"] = new JsonObject { ["id"] = "1", ["type"] = "text", ["text"] = text },
            }),
    }.ToJsonString());

    private async Task<HttpResponseMessage> PostWebhookAsync(byte[] body, bool sign)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/line/webhook") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (sign) request.Headers.Add(LineWebhook.SignatureHeader, LineWebhook.Sign(Secret, body));
        return await _app.CreateClient().SendAsync(request);
    }

    private async Task<JsonNode> PushAsync()
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        // Waiting for the background delivery over a real socket, not for a deadline of the domain.
        while (DateTime.UtcNow < until && !_line.Requests.Any(r => r.Path == "/v2/bot/message/push")) await Task.Delay(50);
        return JsonNode.Parse(Assert.Single(_line.Requests, r => r.Path == "/v2/bot/message/push").Body)!;
    }
}

public sealed class SqliteLineLinkingTests() : LineLinkingTests(TestDatabase.Sqlite());
