using System.Net;
using System.Net.Http.Json;
using Kasian.Web.Notifications;
using Kasian.Web.Tests.Infrastructure;
using Kasian.Web.Tests.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kasian.Web.Tests.Notifications;

/// <summary>
/// Each person's choices per kind and channel, quiet hours against the office's calendar on a fake clock, and the
/// daily digest: real SMTP on loopback, LINE and a webhook receiver on loopback.
/// </summary>
public sealed class NotificationChoiceTests : IAsyncLifetime
{
    private SmtpSink _smtp = null!;
    private readonly HttpSink _http = new();
    private KasianApp _app = null!;
    private ApiClient _naphaporn = null!;

    public async Task InitializeAsync()
    {
        _smtp = await SmtpSink.StartAsync();
        // The node's own notifier is off: each test drives one pass itself, which delivers before it returns.
        _app = new KasianApp(TestDatabase.Sqlite(), TurnNotificationTests.Settings(_smtp, _http, new Dictionary<string, string?> { ["Kasian:Notifications:Turns:Enabled"] = "false" }));
        _naphaporn = await _app.SignInAsync("naphaporn");
        await _naphaporn.OkAsync(await _naphaporn.Http.PutAsJsonAsync("/api/me/notifications",
            new { email = true, lineUserId = "U-naphaporn", webhookUrl = $"{_http.BaseUrl}/hooks/naphaporn" }));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task A_kind_turned_off_on_a_channel_does_not_go_there_and_in_app_always_goes()
    {
        var saved = await _naphaporn.OkAsync(await _naphaporn.Http.PutAsJsonAsync("/api/me/notifications", new
        {
            email = true, lineUserId = "U-naphaporn", webhookUrl = $"{_http.BaseUrl}/hooks/naphaporn",
            choices = new[] { new { kind = "step-opened", channel = "line", mode = "off" }, new { kind = "step-opened", channel = "webhook", mode = "off" } },
        }));
        var choices = saved["choices"]!.AsArray();
        Assert.Equal(NotificationKinds.All.Length * 3, choices.Count);
        Assert.Equal("off", choices.Single(c => c!["kind"]!.GetValue<string>() == "step-opened" && c["channel"]!.GetValue<string>() == "line")!["mode"]!.GetValue<string>());

        var thapthim = await _app.SignInAsync("thapthim");
        await thapthim.CreateAndSubmitAsync();
        await PassAsync();

        var deliveries = await _app.WithDbAsync(db => db.NotificationDeliveries.AsNoTracking().ToListAsync());
        Assert.Equal(["email", "in-app"], deliveries.Select(d => d.Channel).Order());
        Assert.Empty(_http.Requests);
    }

    [Fact]
    public async Task Bad_choices_are_refused_by_name_and_change_nothing()
    {
        foreach (var (choice, field) in new[]
        {
            ((object)new { kind = "gossip", channel = "email", mode = "off" }, "choices[0].kind"),
            (new { kind = "returned", channel = "in-app", mode = "off" }, "choices[0].channel"),
            (new { kind = "returned", channel = "email", mode = "sometimes" }, "choices[0].mode"),
        })
        {
            var problem = await ApiClient.ProblemAsync(await _naphaporn.Http.PutAsJsonAsync("/api/me/notifications",
                new { email = false, quietHours = true, choices = new[] { choice } }), HttpStatusCode.BadRequest, "validation-failed");
            Assert.True(problem["errors"]![field] is not null, field);
        }
        var now = await _naphaporn.GetJsonAsync("/api/me/notifications");
        Assert.True(now["email"]!.GetValue<bool>());
        Assert.False(now["quietHours"]!.GetValue<bool>());
        Assert.All(now["choices"]!.AsArray(), c => Assert.Equal("immediate", c!["mode"]!.GetValue<string>()));
    }

    [Fact]
    public async Task In_quiet_hours_LINE_e_mail_and_webhook_wait_for_08_30_of_the_next_working_day_and_in_app_does_not()
    {
        await _naphaporn.OkAsync(await _naphaporn.Http.PutAsJsonAsync("/api/me/notifications",
            new { email = true, lineUserId = "U-naphaporn", webhookUrl = $"{_http.BaseUrl}/hooks/naphaporn", quietHours = true }));
        // Friday 27 Nov 2026, 19:00 in Bangkok: the next working day is Monday 30 Nov.
        _app.Clock.SetUtcNow(ReminderHarness.Bangkok(27, 19));
        var thapthim = await _app.SignInAsync("thapthim");
        await thapthim.CreateAndSubmitAsync();
        await PassAsync();

        // Signed in again: three days on, the morning's token has expired.
        _naphaporn = await _app.SignInAsync("naphaporn");
        Assert.Equal(1, (await _naphaporn.GetJsonAsync("/api/notifications/unread-count"))["count"]!.GetValue<int>());
        var waiting = await _app.WithDbAsync(db => db.NotificationDeliveries.AsNoTracking().Where(d => d.Status == DeliveryStatus.Pending).ToListAsync());
        Assert.Equal(["email", "line", "webhook"], waiting.Select(d => d.Channel).Order());
        Assert.All(waiting, d => Assert.Equal(ReminderHarness.Bangkok(30, 8, 30), d.NextAttemptAt));

        await _app.SweepAtAsync(ReminderHarness.Bangkok(30, 8, 29));
        Assert.Empty(await _smtp.MessagesAsync(0));
        Assert.Empty(_http.Requests);
        await _app.SweepAtAsync(ReminderHarness.Bangkok(30, 8, 30));
        Assert.Single(await _smtp.MessagesAsync(1));
        Assert.Equal(2, _http.Requests.Count);
    }

    [Fact]
    public async Task Without_quiet_hours_a_turn_at_night_goes_at_once()
    {
        _app.Clock.SetUtcNow(ReminderHarness.Bangkok(27, 19));
        var thapthim = await _app.SignInAsync("thapthim");
        await thapthim.CreateAndSubmitAsync();
        await PassAsync();
        Assert.Single(await _smtp.MessagesAsync(1));
        Assert.Equal(2, _http.Requests.Count);
    }

    [Fact]
    public async Task A_kind_chosen_for_the_digest_comes_in_one_message_at_08_30_on_a_working_day()
    {
        await _naphaporn.OkAsync(await _naphaporn.Http.PutAsJsonAsync("/api/me/notifications", new
        {
            email = true,
            choices = new[] { new { kind = "step-opened", channel = "email", mode = "digest" } },
        }));
        var thapthim = await _app.SignInAsync("thapthim");
        await thapthim.CreateAndSubmitAsync("เรื่องแรก");
        await thapthim.CreateAndSubmitAsync("เรื่องที่สอง");
        await PassAsync();
        // Held, not sent; in-app went at once.
        Assert.Empty(await _smtp.MessagesAsync(0));
        Assert.Equal(2, (await _naphaporn.GetJsonAsync("/api/notifications/unread-count"))["count"]!.GetValue<int>());

        // Saturday: no digest. Monday 08:30: one e-mail carrying both.
        Assert.Equal(0, await DigestAtAsync(ReminderHarness.Bangkok(28, 8, 30)));
        Assert.Equal(1, await DigestAtAsync(ReminderHarness.Bangkok(30, 8, 30)));
        var digest = Assert.Single(await _smtp.MessagesAsync(1));
        Assert.Equal("naphaporn@phusang.example", digest.To.Mailboxes.Single().Address);
        Assert.Contains("สรุปการแจ้งเตือนประจำวัน", digest.Subject);
        Assert.Contains("(๒ รายการ)", digest.Subject);
        Assert.Contains("เรื่องแรก", digest.TextBody);
        Assert.Contains("เรื่องที่สอง", digest.TextBody);
        Assert.All(await _app.WithDbAsync(db => db.NotificationDeliveries.AsNoTracking().ToListAsync()), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
        // Sent once: the next day's digest has nothing.
        Assert.Equal(0, await DigestAtAsync(ReminderHarness.Bangkok(30, 8, 31).AddDays(1)));
    }

    private async Task<int> DigestAtAsync(DateTimeOffset at)
    {
        _app.Clock.SetUtcNow(at);
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DigestRunner>().RunAsync(at, CancellationToken.None);
    }

    private async Task PassAsync()
    {
        await _app.Services.GetRequiredService<TurnNotifications>().PassAsync(CancellationToken.None);
    }
}
