using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Kasian.Web.Notifications;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using static Kasian.Web.Tests.Reminders.ReminderHarness;

namespace Kasian.Web.Tests.Reminders;

/// <summary>
/// Real deliveries: e-mail to an SMTP server on loopback (aiosmtpd), LINE pushes and webhooks to an HTTP
/// server on loopback, with the bearer token and the HMAC signature checked as a receiver would.
/// </summary>
public abstract class ChannelTests(TestDatabase database) : IAsyncLifetime
{
    private const string LineToken = "line-channel-token-0123456789";
    private const string WebhookSecret = "webhook-secret";

    private SmtpSink _smtp = null!;
    private readonly HttpSink _http = new();
    private KasianApp _app = null!;

    public async Task InitializeAsync()
    {
        _smtp = await SmtpSink.StartAsync();
        _app = new KasianApp(database, Settings(new Dictionary<string, string?>
        {
            ["Kasian:Notifications:Smtp:Host"] = "127.0.0.1",
            ["Kasian:Notifications:Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Kasian:Notifications:Smtp:Security"] = "None",
            ["Kasian:Notifications:Smtp:From"] = "สารบรรณ อบต.ภูซาง <saraban@phusang.example>",
            ["Kasian:Notifications:Line:BaseUrl"] = _http.BaseUrl,
            ["Kasian:Notifications:Line:ChannelToken"] = LineToken,
            ["Kasian:Notifications:Webhook:Secret"] = WebhookSecret,
            // The receivers here listen on 127.0.0.1, which Kasian refuses to call unless told (OutboundCallTests).
            ["Kasian:Notifications:AllowPrivateTargets"] = "true",
        }));
        var naphaporn = await _app.SignInAsync("naphaporn");
        await naphaporn.OkAsync(await naphaporn.Http.PutAsJsonAsync("/api/me/notifications",
            new { email = true, lineUserId = "U1234567890abcdef", webhookUrl = $"{_http.BaseUrl}/hooks/naphaporn" }));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task A_reminder_reaches_every_chosen_channel_in_Thai()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        var id = await thapthim.SubmitAsync("internal-memo", "ขออนุมัติจัดซื้อวัสดุสำนักงาน");
        // Due Wed 09:00; swept at 11:00, two office hours late.
        await _app.SweepAtAsync(Bangkok(25, 11));

        var mail = Assert.Single(await _smtp.MessagesAsync(1));
        Assert.Equal("naphaporn@phusang.example", mail.To.Mailboxes.Single().Address);
        Assert.Equal("saraban@phusang.example", mail.From.Mailboxes.Single().Address);
        Assert.Contains("เตือน", mail.Subject);
        Assert.Contains("ที่ พย ๗๒๔๐๑/๑๑๙", mail.Subject);
        Assert.Contains("เกินกำหนด ๒ ชั่วโมง", mail.Subject);
        var body = mail.TextBody;
        Assert.Contains("เรื่อง ขออนุมัติจัดซื้อวัสดุสำนักงาน", body);
        Assert.Contains("ขั้นตอน ความเห็นหัวหน้าสำนักปลัด", body);
        Assert.Contains("แจ้งเตือนครั้งที่ ๑ จาก ๓", body);
        Assert.Contains($"{PublicBaseUrl}/memos/{id}", body);

        var line = Assert.Single(_http.Requests, r => r.Path == "/v2/bot/message/push");
        Assert.Equal($"Bearer {LineToken}", line.Headers["Authorization"]);
        var push = JsonNode.Parse(line.Body)!;
        Assert.Equal("U1234567890abcdef", push["to"]!.GetValue<string>());
        var flex = push["messages"]![0]!;
        Assert.Equal("flex", flex["type"]!.GetValue<string>());
        Assert.Contains("เกินกำหนด ๒ ชั่วโมง", flex["altText"]!.GetValue<string>());
        Assert.Contains("แจ้งเตือนครั้งที่ ๑ จาก ๓", flex["contents"]!["body"]!["contents"]![1]!["text"]!.GetValue<string>());
        var button = flex["contents"]!["footer"]!["contents"]![0]!["action"]!;
        Assert.Equal(("uri", $"{PublicBaseUrl}/memos/{id}"), (button["type"]!.GetValue<string>(), button["uri"]!.GetValue<string>()));

        var hook = Assert.Single(_http.Requests, r => r.Path == "/hooks/naphaporn");
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(WebhookSecret), hook.Body));
        Assert.Equal(expected, hook.Headers[WebhookChannel.SignatureHeader]);
        var payload = JsonNode.Parse(hook.Body)!;
        Assert.Equal(hook.Headers[WebhookChannel.TimestampHeader], payload["timestamp"]!.GetValue<string>());
        Assert.Equal(id, payload["memoId"]!.GetValue<Guid>());
        Assert.Equal("reminder", payload["type"]!.GetValue<string>());

        var deliveries = await _app.WithDbAsync(db => db.NotificationDeliveries.AsNoTracking().ToListAsync());
        Assert.Equal(["email", "in-app", "line", "webhook"], deliveries.Select(d => d.Channel).Order());
        Assert.All(deliveries, d => Assert.Equal((DeliveryStatus.Sent, 1), (d.Status, d.Attempts)));
    }

    [Fact]
    public async Task A_failing_channel_is_retried_with_back_off_and_does_not_stop_the_others()
    {
        _http.Status = 500;
        var thapthim = await _app.SignInAsync("thapthim");
        await thapthim.SubmitAsync("internal-memo");
        var due = Bangkok(25, 9);
        await _app.SweepAtAsync(due);

        // E-mail and in-app went; LINE and the webhook (the receiver answers 500) wait for a retry.
        Assert.Single(await _smtp.MessagesAsync(1));
        var failed = await PendingAsync();
        Assert.Equal(["line", "webhook"], failed.Select(d => d.Channel).Order());
        Assert.All(failed, d => Assert.Equal((1, due.AddMinutes(1)), (d.Attempts, d.NextAttemptAt)));
        Assert.All(failed, d => Assert.StartsWith("HTTP 500", d.LastError));

        await _app.SweepAtAsync(due.AddSeconds(30));
        Assert.Equal(2, _http.Requests.Count);
        await _app.SweepAtAsync(due.AddMinutes(1));
        Assert.Equal(4, _http.Requests.Count);
        Assert.All(await PendingAsync(), d => Assert.Equal((2, due.AddMinutes(1 + 2)), (d.Attempts, d.NextAttemptAt)));

        // The administrator sees the failures; nobody else may.
        var admin = await _app.SignInAsync("admin");
        var listed = await admin.GetJsonAsync("/api/admin/deliveries?status=pending");
        Assert.Equal(2, listed["total"]!.GetValue<int>());
        Assert.Contains("HTTP 500", listed["items"]![0]!["lastError"]!.GetValue<string>());
        await ApiClient.ProblemAsync(await (await _app.SignInAsync("naphaporn")).Http.GetAsync("/api/admin/deliveries"), HttpStatusCode.Forbidden, "forbidden");

        _http.Status = 200;
        await _app.SweepAtAsync(due.AddMinutes(3));
        Assert.Empty(await PendingAsync());
        var all = await _app.WithDbAsync(db => db.NotificationDeliveries.AsNoTracking().ToListAsync());
        Assert.All(all, d => Assert.Equal(DeliveryStatus.Sent, d.Status));
        Assert.Equal(3, all.Single(d => d.Channel == "line").Attempts);
        Assert.Single(await _smtp.MessagesAsync(1));
    }

    [Fact]
    public async Task A_closed_SMTP_port_fails_e_mail_only()
    {
        await using var closed = new KasianApp(TestDatabase.Sqlite(), Settings(new Dictionary<string, string?>
        {
            ["Kasian:Notifications:Smtp:Host"] = "127.0.0.1",
            ["Kasian:Notifications:Smtp:Port"] = SmtpSink.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Kasian:Notifications:Smtp:Security"] = "None",
        }));
        var thapthim = await closed.SignInAsync("thapthim");
        await thapthim.SubmitAsync("internal-memo");
        await closed.SweepAtAsync(Bangkok(25, 9));

        var deliveries = await closed.WithDbAsync(db => db.NotificationDeliveries.AsNoTracking().ToListAsync());
        Assert.Equal((DeliveryStatus.Sent, "in-app"), deliveries.Where(d => d.Channel == "in-app").Select(d => (d.Status, d.Channel)).Single());
        var mail = deliveries.Single(d => d.Channel == "email");
        Assert.Equal((DeliveryStatus.Pending, 1), (mail.Status, mail.Attempts));
        Assert.NotNull(mail.LastError);
    }

    private Task<List<NotificationDelivery>> PendingAsync() =>
        _app.WithDbAsync(db => db.NotificationDeliveries.AsNoTracking().Where(d => d.Status == DeliveryStatus.Pending).ToListAsync());
}

public sealed class SqliteChannelTests() : ChannelTests(TestDatabase.Sqlite());

public sealed class PostgreSqlChannelTests() : ChannelTests(TestDatabase.PostgreSql());
