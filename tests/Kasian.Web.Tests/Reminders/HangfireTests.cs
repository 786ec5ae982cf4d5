using System.Net;
using Hangfire;
using Hangfire.Storage;
using Kasian.Web.Jobs;
using Kasian.Web.Notifications;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Kasian.Web.Tests.Reminders.ReminderHarness;

namespace Kasian.Web.Tests.Reminders;

/// <summary>With Hangfire on (in-memory storage for SQLite, Hangfire.PostgreSql for PostgreSQL): the recurring sweep, its jobs, and the dashboard's door.</summary>
public abstract class HangfireTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database, Settings(new Dictionary<string, string?> { ["Kasian:Reminders:Enabled"] = "true" }));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_recurring_sweep_is_registered_and_its_jobs_record_and_deliver_the_reminder()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        var id = await thapthim.SubmitAsync("internal-memo");
        using (var connection = _app.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            var sweep = Assert.Single(connection.GetRecurringJobs(), j => j.Id == ReminderJobs.SweepJobId);
            Assert.Equal("* * * * *", sweep.Cron);
        }

        _app.Clock.SetUtcNow(Bangkok(25, 9));
        _app.Services.GetRequiredService<IRecurringJobManager>().Trigger(ReminderJobs.SweepJobId);

        // Hangfire's workers run the sweep, the reminder job and the delivery job; wait for the outcome, not for a deadline.
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until && !await _app.WithDbAsync(db => db.NotificationDeliveries.AnyAsync(d => d.Status == DeliveryStatus.Sent)))
            await Task.Delay(100);
        // If the jobs did not finish, say what Hangfire saw rather than only "collections differ".
        var monitor = _app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var failed = string.Join("\n", monitor.FailedJobs(0, 10).Select(j => j.Value.ExceptionMessage));
        Assert.True(failed.Length == 0, $"failed jobs: {failed}");
        Assert.True(monitor.SucceededListCount() > 0,
            $"no job succeeded in 60 s: enqueued {monitor.EnqueuedCount("default")}, scheduled {monitor.ScheduledCount()}, servers {monitor.Servers().Count}");
        Assert.Equal([1], (await _app.LedgerAsync(id)).Select(r => r.ReminderNumber));
        Assert.Equal(1, (await (await _app.SignInAsync("naphaporn")).GetJsonAsync("/api/notifications/unread-count"))["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_dashboard_is_for_administrators_only()
    {
        var anonymous = _app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/hangfire")).StatusCode);
        var naphaporn = await _app.SignInAsync("naphaporn");
        Assert.Equal(HttpStatusCode.Forbidden, (await naphaporn.Http.GetAsync("/hangfire")).StatusCode);
        var admin = await _app.SignInAsync("admin");
        var page = await admin.Http.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Kasian", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_administrator_signed_in_on_the_pages_opens_the_dashboard_with_the_cookie()
    {
        HttpClient Browser() => new(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _app.BaseAddress };
        var admin = Browser();
        await PageForms.SignInAsync(admin, "admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hangfire")).StatusCode);

        var officer = Browser();
        await PageForms.SignInAsync(officer, "thapthim");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/hangfire")).StatusCode);
    }
}

public sealed class SqliteHangfireTests() : HangfireTests(TestDatabase.Sqlite());

public sealed class PostgreSqlHangfireTests() : HangfireTests(TestDatabase.PostgreSql());
