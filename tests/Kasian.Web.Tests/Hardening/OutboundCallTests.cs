using System.Net;
using System.Net.Http.Json;
using Kasian.Web.Notifications;
using Kasian.Web.Tests.Infrastructure;
using Kasian.Web.Tests.Reminders;
using Microsoft.EntityFrameworkCore;
using static Kasian.Web.Tests.Reminders.ReminderHarness;

namespace Kasian.Web.Tests.Hardening;

/// <summary>
/// Webhooks and LINE never make Kasian call what only the server can reach: refused when the URL is saved, and
/// again at the connection, after Kasian resolves the name itself. Every receiver here is a listener on 127.0.0.1,
/// and every refusal is asserted without a connection being made; nothing is sent anywhere else.
/// </summary>
public abstract class OutboundCallTests(TestDatabase database) : IAsyncLifetime
{
    private const string Secret = "webhook-secret";
    private const string Marker = "SECRET-INTERNAL-DETAIL-7f3a";

    private readonly HttpSink _sink = new();
    private KasianApp _app = null!;

    public Task InitializeAsync()
    {
        _app = new KasianApp(database, Settings(new Dictionary<string, string?> { ["Kasian:Notifications:Webhook:Secret"] = Secret }));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _sink.Dispose();
    }

    [Fact]
    public async Task Saving_a_webhook_that_points_inside_is_refused_naming_webhookUrl()
    {
        var naphaporn = await _app.SignInAsync("naphaporn");
        string[] inside =
        [
            "http://127.0.0.1/",
            "http://127.1.2.3:8080/hook",
            "http://10.0.0.5/",
            "http://172.16.0.1/",
            "http://192.168.1.10/",
            "http://100.64.0.1/",
            "http://[::1]/",
            "http://[::ffff:127.0.0.1]/",
            "http://[fd00::1]/",
            "http://[fe80::1]/",
            "http://169.254.169.254/latest/meta-data/",
            "http://2130706433/",
            "http://0.0.0.0/",
            "http://224.0.0.1/",
            "http://localhost/",
            "https://LOCALHOST:8443/x",
            "http://hooks.localhost/",
        ];
        foreach (var url in inside)
        {
            var response = await naphaporn.Http.PutAsJsonAsync("/api/me/notifications", new { email = false, webhookUrl = url });
            var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest, "validation-failed");
            Assert.Contains("does not call", problem["errors"]!["webhookUrl"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        }
        Assert.Null(await WebhookOfAsync("naphaporn"));
    }

    [Fact]
    public async Task A_public_webhook_is_saved_without_asking_DNS()
    {
        var naphaporn = await _app.SignInAsync("naphaporn");
        await naphaporn.OkAsync(await naphaporn.Http.PutAsJsonAsync("/api/me/notifications", new { email = false, webhookUrl = "https://hooks.phusang.example/kasian" }));
        Assert.Equal("https://hooks.phusang.example/kasian", await WebhookOfAsync("naphaporn"));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task A_webhook_that_resolves_to_loopback_when_sending_fails_without_a_connection(string host)
    {
        // Saved before the check, or a name whose DNS answer changed since (rebinding): the send is where it counts.
        var url = $"http://{host}:{_sink.Port}/hooks/naphaporn";
        await _app.WithDbAsync(db => db.People.Where(p => p.Username == "naphaporn").ExecuteUpdateAsync(s => s.SetProperty(p => p.WebhookUrl, url)));

        await (await _app.SignInAsync("thapthim")).SubmitAsync("internal-memo");
        await _app.SweepAtAsync(Bangkok(25, 11));

        var webhook = await DeliveryAsync("webhook");
        Assert.Equal(DeliveryStatus.Pending, webhook.Status);
        Assert.Equal($"Refused: {host} resolves to a loopback address, which Kasian does not call.", webhook.LastError);
        Assert.Empty(_sink.Requests);
    }

    [Fact]
    public async Task With_private_targets_allowed_a_redirect_is_not_followed_and_a_receivers_body_is_never_shown()
    {
        await using var app = new KasianApp(TestDatabase.Sqlite(), Settings(new Dictionary<string, string?>
        {
            ["Kasian:Notifications:AllowPrivateTargets"] = "true",
            ["Kasian:Notifications:Webhook:Secret"] = Secret,
            ["Kasian:Notifications:Line:BaseUrl"] = _sink.BaseUrl,
            ["Kasian:Notifications:Line:ChannelToken"] = "line-token",
        }));
        var naphaporn = await app.SignInAsync("naphaporn");
        // Loopback is allowed now; the metadata service never is.
        await ApiClient.ProblemAsync(await naphaporn.Http.PutAsJsonAsync("/api/me/notifications", new { email = false, webhookUrl = "http://169.254.169.254/" }),
            HttpStatusCode.BadRequest, "validation-failed");
        await naphaporn.OkAsync(await naphaporn.Http.PutAsJsonAsync("/api/me/notifications",
            new { email = false, lineUserId = "U1234567890abcdef", webhookUrl = $"{_sink.BaseUrl}/hooks/naphaporn" }));

        _sink.Status = 302;
        _sink.Location = $"{_sink.BaseUrl}/elsewhere";
        var due = Bangkok(25, 9);
        await (await app.SignInAsync("thapthim")).SubmitAsync("internal-memo");
        await app.SweepAtAsync(due);

        Assert.Equal(["/hooks/naphaporn", "/v2/bot/message/push"], _sink.Requests.Select(r => r.Path).Order());
        var deliveries = await app.WithDbAsync(db => db.NotificationDeliveries.AsNoTracking().Where(d => d.Channel == "webhook" || d.Channel == "line").ToListAsync());
        Assert.All(deliveries, d => Assert.Equal((DeliveryStatus.Pending, "HTTP 302 Found"), (d.Status, d.LastError)));

        _sink.Status = 500;
        _sink.Location = null;
        _sink.ErrorBody = $"<html>{Marker} stack trace of the receiver</html>";
        await app.SweepAtAsync(due.AddMinutes(1));
        Assert.Equal(4, _sink.Requests.Count);

        deliveries = await app.WithDbAsync(db => db.NotificationDeliveries.AsNoTracking().Where(d => d.Channel == "webhook" || d.Channel == "line").ToListAsync());
        Assert.All(deliveries, d => Assert.Equal((2, "HTTP 500 Internal Server Error"), (d.Attempts, d.LastError)));
        var admin = await app.SignInAsync("admin");
        var listed = await admin.Http.GetStringAsync("/api/admin/deliveries");
        Assert.Contains("HTTP 500 Internal Server Error", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, listed, StringComparison.Ordinal);
        foreach (var who in new[] { "naphaporn", "admin" })
        {
            var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = app.BaseAddress };
            await PageForms.SignInAsync(browser, who);
            foreach (var page in new[] { "/notifications", "/dashboard" })
                Assert.DoesNotContain(Marker, await browser.GetStringAsync(page), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_loopback_LINE_base_URL_stops_the_start_unless_private_targets_are_allowed()
    {
        await using var app = new KasianApp(TestDatabase.Sqlite(), Settings(new Dictionary<string, string?>
        {
            ["Kasian:Notifications:Line:BaseUrl"] = _sink.BaseUrl,
            ["Kasian:Notifications:Line:ChannelToken"] = "line-token",
        }));
        var failure = Assert.ThrowsAny<Exception>(() => app.BaseAddress);
        Assert.Contains("Kasian:Notifications:Line:BaseUrl", failure.ToString(), StringComparison.Ordinal);
        Assert.Empty(_sink.Requests);
    }

    private Task<string?> WebhookOfAsync(string username) =>
        _app.WithDbAsync(db => db.People.Where(p => p.Username == username).Select(p => p.WebhookUrl).SingleAsync());

    private Task<NotificationDelivery> DeliveryAsync(string channel) =>
        _app.WithDbAsync(db => db.NotificationDeliveries.AsNoTracking().SingleAsync(d => d.Channel == channel));
}

public sealed class SqliteOutboundCallTests() : OutboundCallTests(TestDatabase.Sqlite());

public sealed class PostgreSqlOutboundCallTests() : OutboundCallTests(TestDatabase.PostgreSql());
