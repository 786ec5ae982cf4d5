using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Kasian.Web.Notifications;
using Kasian.Web.Tests.Infrastructure;
using Kasian.Web.Tests.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Kasian.Web.Tests.Notifications;

/// <summary>
/// Every turn of a memo told as soon as the action commits, on every channel the person chose, exactly once: real SMTP
/// on loopback (aiosmtpd), LINE's API and a webhook receiver as HTTP servers on loopback.
/// </summary>
public abstract class TurnNotificationTests(TestDatabase database) : IAsyncLifetime
{
    public const string LineToken = "line-channel-token-0123456789";
    public const string WebhookSecret = "webhook-secret";

    private SmtpSink _smtp = null!;
    private readonly HttpSink _http = new();
    private KasianApp _app = null!;

    public static Dictionary<string, string?> Settings(SmtpSink smtp, HttpSink http, IDictionary<string, string?>? more = null)
    {
        var settings = ReminderHarness.Settings(new Dictionary<string, string?>
        {
            ["Kasian:Notifications:Smtp:Host"] = "127.0.0.1",
            ["Kasian:Notifications:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Kasian:Notifications:Smtp:Security"] = "None",
            ["Kasian:Notifications:Line:BaseUrl"] = http.BaseUrl,
            ["Kasian:Notifications:Line:ChannelToken"] = LineToken,
            ["Kasian:Notifications:Webhook:Secret"] = WebhookSecret,
            ["Kasian:Notifications:AllowPrivateTargets"] = "true",
            ["Kasian:Notifications:Turns:Enabled"] = "true",
        });
        foreach (var (k, v) in more ?? new Dictionary<string, string?>()) settings[k] = v;
        return settings;
    }

    public async Task InitializeAsync()
    {
        _smtp = await SmtpSink.StartAsync();
        _app = new KasianApp(database, Settings(_smtp, _http));
        var naphaporn = await _app.SignInAsync("naphaporn");
        await naphaporn.OkAsync(await naphaporn.Http.PutAsJsonAsync("/api/me/notifications",
            new { email = true, lineUserId = "U-naphaporn", webhookUrl = $"{_http.BaseUrl}/hooks/naphaporn" }));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task The_seed_memo_tells_each_turn_to_the_people_it_concerns_at_once()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        var naphaporn = await _app.SignInAsync("naphaporn");
        var worawit = await _app.SignInAsync("worawit");
        var id = (await thapthim.GetJsonAsync("/api/memos?box=sent&status=draft"))["items"]!.AsArray().Single()!["id"]!.GetValue<Guid>();
        var link = $"{ReminderHarness.PublicBaseUrl}/memos/{id}";

        // Submitting e-mails the head of the Palad office, without any sweep.
        await thapthim.OkAsync(await thapthim.PostAsync($"/api/memos/{id}/submit"));
        var waiting = Assert.Single(await MailsToAsync("naphaporn@phusang.example", 1));
        Assert.Contains("หนังสือรอท่านพิจารณา", waiting.Subject);
        Assert.Contains("ที่ พย ๗๒๔๐๑/๑๑๙", waiting.Subject);
        Assert.Contains("ขั้นตอน ความเห็นหัวหน้าสำนักปลัด", waiting.TextBody);
        Assert.Contains("กำหนดเวลา ", waiting.TextBody);
        Assert.Contains("๒๕๖๙", waiting.TextBody);
        Assert.Contains(link, waiting.TextBody);
        // The same turn on LINE (a Flex message with a button to the memo) and her webhook.
        var push = JsonNode.Parse(Assert.Single(await RequestsAsync("/v2/bot/message/push", 1)).Body)!;
        Assert.Equal("U-naphaporn", push["to"]!.GetValue<string>());
        var hook = Assert.Single(await RequestsAsync("/hooks/naphaporn", 1));
        Assert.Equal("step-opened", JsonNode.Parse(hook.Body)!["type"]!.GetValue<string>());
        Assert.Equal(WebhookChannel.Sign(WebhookSecret, hook.Body), hook.Headers[WebhookChannel.SignatureHeader]);

        // Her return e-mails the author, with the reason.
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/return", new { stepId = "head-of-office", reason = "กรุณาแนบใบเสนอราคาสามราย" }));
        var returned = Assert.Single(await MailsToAsync("thapthim@phusang.example", 1));
        Assert.Contains("ส่งคืนให้แก้ไข", returned.Subject);
        Assert.Contains("เหตุผล: กรุณาแนบใบเสนอราคาสามราย", returned.TextBody);
        Assert.Contains("โดย ", returned.TextBody);

        // Resubmitted, endorsed twice by her (the second step opens for her as acting Palad), approved by the Nayok.
        await thapthim.OkAsync(await thapthim.PostAsync($"/api/memos/{id}/submit"));
        Assert.Equal(2, (await MailsToAsync("naphaporn@phusang.example", 2)).Count);
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office" }));
        // The uuid-named files of the sink carry no order: the step's title tells the messages apart.
        Assert.Single(await MailsToAsync("naphaporn@phusang.example", 3), m => m.TextBody!.Contains("ขั้นตอน ความเห็นปลัด", StringComparison.Ordinal));
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "palad" }));
        Assert.Contains("หนังสือรอท่านพิจารณา", Assert.Single(await MailsToAsync("worawit@phusang.example", 1)).Subject);
        await worawit.OkAsync(await worawit.PostAsync($"/api/memos/{id}/approve", new { stepId = "nayok", comment = "อนุมัติ" }));

        // The author is told of the decision, and so is everyone who acted on it, but not the Nayok of his own act.
        var approved = Assert.Single(await MailsToAsync("thapthim@phusang.example", 2), m => m.Subject!.Contains("ได้รับอนุมัติ", StringComparison.Ordinal));
        Assert.Contains("ความเห็น: อนุมัติ", approved.TextBody);
        Assert.Single(await MailsToAsync("naphaporn@phusang.example", 4), m => m.Subject!.Contains("ได้รับอนุมัติ", StringComparison.Ordinal));
        Assert.Single(await MailsToAsync("worawit@phusang.example", 1));

        // In the app too.
        var inApp = (await thapthim.GetJsonAsync("/api/notifications"))["items"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToList();
        Assert.Equal(2, inApp.Count);
        Assert.Contains(inApp, t => t.Contains("ได้รับอนุมัติ", StringComparison.Ordinal));

        // One delivery per (turn, person, channel); nothing more is told however often the notifier runs.
        await PassesAsync(3);
        var deliveries = await _app.WithDbAsync(db => db.NotificationDeliveries.AsNoTracking().Where(d => d.NoticeId != null).ToListAsync());
        Assert.Equal(deliveries.Count, deliveries.DistinctBy(d => (d.NoticeId, d.RecipientId, d.Channel)).Count());
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Sent, d.Status));
        Assert.Equal(4 + 2 + 1, (await _smtp.MessagesAsync(100)).Count);
    }

    [Fact]
    public async Task Notifiers_racing_over_the_same_turns_tell_each_person_once()
    {
        // A node whose own notifier is off: the turns wait, as after a stop between commit and notice, until the passes below race for them.
        await using var app = new KasianApp(database.Provider == "Sqlite" ? TestDatabase.Sqlite() : TestDatabase.PostgreSql(),
            Settings(_smtp, _http, new Dictionary<string, string?> { ["Kasian:Notifications:Turns:Enabled"] = "false" }));
        var naphaporn = await app.SignInAsync("naphaporn");
        await naphaporn.OkAsync(await naphaporn.Http.PutAsJsonAsync("/api/me/notifications", new { email = true, lineUserId = "U-racing" }));
        var thapthim = await app.SignInAsync("thapthim");
        for (var i = 0; i < 5; i++) await thapthim.CreateAndSubmitAsync($"เรื่องที่ {i}");
        Assert.Equal(0, await app.WithDbAsync(db => db.MemoNotices.CountAsync()));

        // Eight passes at once, each with its own connection and transaction.
        var notifier = app.Services.GetRequiredService<TurnNotifications>();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => notifier.PassAsync(CancellationToken.None))));
        await notifier.PassAsync(CancellationToken.None);

        Assert.Equal(5, await app.WithDbAsync(db => db.MemoNotices.CountAsync()));
        var deliveries = await app.WithDbAsync(db => db.NotificationDeliveries.AsNoTracking().ToListAsync());
        Assert.Equal(["email", "in-app", "line"], deliveries.Select(d => d.Channel).Distinct().Order());
        Assert.Equal(5 * 3, deliveries.Count);
        // Delivered when the passes return (no Hangfire here): five mails, however many passes ran.
        Assert.Equal(5, (await MailsToAsync("naphaporn@phusang.example", 5)).Count);
        Assert.Equal(5, _http.Requests.Count(r => r.Path == "/v2/bot/message/push" && JsonNode.Parse(r.Body)!["to"]!.GetValue<string>() == "U-racing"));
        Assert.Equal(5, (await naphaporn.GetJsonAsync("/api/notifications"))["unread"]!.GetValue<int>());
    }

    private async Task PassesAsync(int count)
    {
        var notifier = _app.Services.GetRequiredService<TurnNotifications>();
        for (var i = 0; i < count; i++) await notifier.PassAsync(CancellationToken.None);
    }

    private async Task<List<MimeMessage>> MailsToAsync(string address, int count)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var mails = (await _smtp.MessagesAsync(0)).Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();
            // Waiting for a background delivery over real sockets, not for a deadline of the domain.
            if (mails.Count >= count || DateTime.UtcNow > until) return mails;
            await Task.Delay(50);
        }
    }

    private async Task<List<ReceivedRequest>> RequestsAsync(string path, int count)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var requests = _http.Requests.Where(r => r.Path == path).ToList();
            if (requests.Count >= count || DateTime.UtcNow > until) return requests;
            await Task.Delay(50);
        }
    }
}

public sealed class SqliteTurnNotificationTests() : TurnNotificationTests(TestDatabase.Sqlite());

public sealed class PostgreSqlTurnNotificationTests() : TurnNotificationTests(TestDatabase.PostgreSql());
