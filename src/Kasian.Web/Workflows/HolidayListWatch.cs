using Kasian.Core.Thai;
using Kasian.Web.Data;

namespace Kasian.Web.Workflows;

/// <summary>
/// Writes the missing-holiday-list warning to the log at start and then once a day, for the operator who reads
/// logs rather than the dashboard. Every node writes its own; the warning is about data, so that is harmless.
/// </summary>
public sealed class HolidayListWatch(IServiceScopeFactory scopes, WorkflowLibrary workflows, TimeProvider clock, ILogger<HolidayListWatch> log)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await CheckAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database that is down now may be up tomorrow; the check must not stop for good.
                log.LogError(e, "Could not check the national holiday lists");
            }
            await Task.Delay(Interval, clock, ct);
        }
    }

    private async Task CheckAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KasianDbContext>();
        var now = clock.GetUtcNow();
        if (await HolidayWarnings.CheckAsync(db, workflows, now, ct) is not { } warning)
        {
            log.LogInformation("National holiday lists cover {Year} and {Next}", ThaiDate.BangkokDate(now).Year, ThaiDate.BangkokDate(now).Year + 1);
            return;
        }
        log.LogWarning("ไม่มีรายการวันหยุดราชการของปี {YearsThai}. {Warning}",
            string.Join(", ", warning.MissingYears.Select(y => $"พ.ศ. {y.YearBe}")), warning.Message);
    }
}
