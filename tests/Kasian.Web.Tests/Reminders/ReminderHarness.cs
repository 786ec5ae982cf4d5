using System.Net;
using Kasian.Core.Memos;
using Kasian.Web.Data;
using Kasian.Web.Reminders;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kasian.Web.Tests.Reminders;

/// <summary>Routes for the reminder tests (the repository's, the documented quick example, test-only ones) and a few shared steps.</summary>
public static class ReminderHarness
{
    public const string PublicBaseUrl = "https://kasian.test";

    private static readonly Lazy<string> RoutesDirectory = new(() =>
    {
        var dir = Directory.CreateTempSubdirectory("kasian-routes-").FullName;
        // Shared by every reminder test in the run, so it goes when the test process does.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(dir, recursive: true);
        var workflows = Path.Combine(RepositoryRoot.Path, "workflows");
        foreach (var file in Directory.GetFiles(workflows, "*.json")) File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        Directory.CreateDirectory(Path.Combine(dir, "calendars"));
        foreach (var file in Directory.GetFiles(Path.Combine(workflows, "calendars"), "*.json")) File.Copy(file, Path.Combine(dir, "calendars", Path.GetFileName(file)));
        File.Copy(Path.Combine(RepositoryRoot.Path, "docs", "examples", "quick-reminders.json"), Path.Combine(dir, "quick-reminders.json"));
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "tests", "Kasian.Web.Tests", "Reminders", "routes"), "*.json"))
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        return dir;
    });

    public static Dictionary<string, string?> Settings(IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Kasian:Routes:Directory"] = RoutesDirectory.Value,
            ["Kasian:PublicBaseUrl"] = PublicBaseUrl,
            // These tests count the reminders' own messages; a memo's turns are told too unless this is off (Notifications/TurnNotificationTests turn it on).
            ["Kasian:Notifications:Turns:Enabled"] = "false",
        };
        foreach (var (k, v) in more ?? new Dictionary<string, string?>()) settings[k] = v;
        return settings;
    }

    /// <summary>Moves the app's clock to <paramref name="at"/> and runs one sweep there, as the recurring job would.</summary>
    public static async Task<SweepResult> SweepAtAsync(this KasianApp app, DateTimeOffset at)
    {
        if (at > app.Clock.GetUtcNow()) app.Clock.SetUtcNow(at);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderSweep>().RunAsync(at);
    }

    public static async Task<Guid> SubmitAsync(this ApiClient client, string routeId, string subject = "ขออนุมัติจัดซื้อวัสดุสำนักงาน")
    {
        var created = await client.OkAsync(await client.PostAsync("/api/memos", new
        {
            routeId,
            unit = "สำนักปลัด องค์การบริหารส่วนตำบลภูซาง",
            subject,
            to = "นายกองค์การบริหารส่วนตำบลภูซาง",
            body = "ข้อเท็จจริง\n\nจึงเรียนมาเพื่อโปรดพิจารณา",
        }), HttpStatusCode.Created);
        var id = created["id"]!.GetValue<Guid>();
        await client.OkAsync(await client.PostAsync($"/api/memos/{id}/submit"));
        return id;
    }

    public static Task<List<ReminderRecord>> LedgerAsync(this KasianApp app, Guid memoId) =>
        app.WithDbAsync(db => db.Reminders.AsNoTracking().Where(r => r.MemoId == new MemoId(memoId))
            .OrderBy(r => r.Round).ThenBy(r => r.StepId).ThenBy(r => r.ReminderNumber).ToListAsync());

    public static Task<List<MemoEventRecord>> EventsAsync(this KasianApp app, Guid memoId) =>
        app.WithDbAsync(db => db.MemoEvents.AsNoTracking().Where(e => e.MemoId == new MemoId(memoId)).OrderBy(e => e.Sequence).ToListAsync());

    public static Task<Memo> MemoAsync(this KasianApp app, Guid memoId) =>
        app.WithDbAsync(db => db.Memos.AsNoTracking().SingleAsync(m => m.Id == new MemoId(memoId)));

    /// <summary>Bangkok wall-clock time on a day of the test week (KasianApp.Start is Tuesday 24 Nov 2026, 09:00 in Bangkok).</summary>
    public static DateTimeOffset Bangkok(int day, int hour, int minute = 0) =>
        new DateTimeOffset(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(7)).ToUniversalTime();
}
