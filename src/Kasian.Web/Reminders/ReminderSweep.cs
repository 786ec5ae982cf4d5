using Kasian.Core.Reminders;
using Kasian.Web.Data;
using Kasian.Web.Notifications;
using Kasian.Web.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Reminders;

public sealed record SweepResult(int Reminders, int Deliveries);

/// <summary>
/// Finds what is due — steps whose next reminder time has passed, deliveries whose retry time has
/// passed — with two indexed range queries, and hands each to the dispatcher (Hangfire jobs in
/// production, inline when reminders are not enabled). It decides nothing itself: the jobs re-check,
/// so a sweep that runs twice, or on two instances, or after an outage, is harmless.
/// </summary>
public sealed class ReminderSweep(KasianDbContext db, WorkflowLibrary workflows, OfficeCalendars calendars, IReminderDispatcher dispatcher, IOptions<ReminderOptions> options)
{
    public async Task<SweepResult> RunAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var batch = options.Value.BatchSize;
        var steps = await db.Memos.AsNoTracking()
            .Where(m => m.NextReminderAt != null && m.NextReminderAt <= now)
            .OrderBy(m => m.NextReminderAt)
            .Take(batch)
            .Select(m => new { m.Id, m.OrganisationId, m.Round, m.CurrentStepId, m.RouteId, m.RouteVersion, m.DueAt, m.RemindersSent })
            .ToListAsync(ct);

        var reminders = 0;
        foreach (var m in steps)
        {
            var route = m.RouteVersion is { } v ? workflows.Routes.Find(new(m.RouteId, v)) : null;
            if (route?.Steps.FirstOrDefault(s => s.Id == m.CurrentStepId) is not { } step || m.DueAt is not { } dueAt) continue;
            var calendar = await calendars.ForAsync(m.OrganisationId, ct);
            if (ReminderSchedule.DueNumber(step, calendar, dueAt, m.RemindersSent, now) is not { } number) continue;
            await dispatcher.RemindAsync(new ReminderDue(m.Id.Value, m.Round, step.Id, number), now, ct);
            reminders++;
        }

        var deliveries = await db.NotificationDeliveries.AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt)
            .Take(batch)
            .Select(d => d.Id)
            .ToListAsync(ct);
        foreach (var id in deliveries) await dispatcher.DeliverAsync(id, now, ct);
        return new SweepResult(reminders, deliveries.Count);
    }
}
