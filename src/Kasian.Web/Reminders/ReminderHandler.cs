using Kasian.Core.Calendar;
using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Reminders;
using Kasian.Core.Routes;
using Kasian.Core.Thai;
using Kasian.Web.Data;
using Kasian.Web.Memos;
using Kasian.Web.Notifications;
using Kasian.Web.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Reminders;

/// <summary>
/// Records one reminder (or the escalation) of one step instance, exactly once. Like Wolverine's
/// PaymentTimeoutHandler it re-reads the memo and does nothing unless the step is still open and a
/// reminder is due; the ledger row, the memo's event and its deliveries commit together, guarded twice:
/// by the ledger's unique key (another sweep or instance got there first) and by the memo's concurrency
/// token (an approver acted meanwhile). On either conflict it re-reads and re-checks.
/// </summary>
public sealed class ReminderHandler(
    KasianDbContext db,
    WorkflowLibrary workflows,
    OfficeCalendars calendars,
    DeliveryPlanner planner,
    IOptions<NotificationOptions> notificationOptions,
    ILogger<ReminderHandler> log)
{
    private const int Attempts = 3;

    /// <returns>The deliveries to make when this call recorded the reminder; empty when there was nothing to do.</returns>
    public async Task<IReadOnlyList<Guid>> RemindAsync(ReminderDue due, DateTimeOffset now, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            db.ChangeTracker.Clear();
            var memo = await db.Memos.SingleOrDefaultAsync(m => m.Id == new MemoId(due.MemoId), ct);
            if (memo is null || memo.Status != MemoStatus.Pending || memo.CurrentStepId != due.StepId || memo.Round != due.Round
                || memo.NextReminderAt is not { } next || next > now || memo.DueAt is not { } dueAt)
                return [];
            var route = memo.RouteVersion is { } v ? workflows.Routes.Find(new(memo.RouteId, v)) : null;
            var step = route?.Steps.FirstOrDefault(s => s.Id == due.StepId);
            if (step is null) return [];
            var calendar = await calendars.ForAsync(memo.OrganisationId, ct);
            if (ReminderSchedule.DueNumber(step, calendar, dueAt, memo.RemindersSent, now) is not { } number) return [];

            var deliveries = await RecordAsync(memo, step, calendar, dueAt, number, now, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                log.LogInformation("Reminder {Number} of memo {Memo} step {Step} (round {Round}) recorded with {Count} deliveries",
                    number, memo.Id.Value, step.Id, memo.Round, deliveries.Count);
                return deliveries;
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || MemoActions.IsUniqueViolation(e))
            {
                log.LogDebug("Reminder {Number} of memo {Memo}: lost a race (attempt {Attempt}), re-reading", number, memo.Id.Value, attempt);
            }
        }
        return [];
    }

    private async Task<List<Guid>> RecordAsync(Memo memo, RouteStep step, WorkingCalendar calendar, DateTimeOffset dueAt, int number, DateTimeOffset now, CancellationToken ct)
    {
        var escalation = ReminderSchedule.IsEscalation(step, number);
        var position = escalation ? step.EscalateTo! : CurrentSteps.PositionOf(memo, step);
        var people = await Recipients.InPositionAsync(db, memo.OrganisationId, position, ThaiDate.BangkokDate(now),
            escalation ? Recipients.Escalation : Recipients.MayAct, ct);
        var escalatedTo = escalation
            ? await db.Positions.AsNoTracking().Where(p => p.OrganisationId == memo.OrganisationId && p.Code == position).Select(p => p.Title).FirstOrDefaultAsync(ct) ?? position
            : null;

        var link = ReminderMessages.LinkTo(notificationOptions.Value.PublicBaseUrl, memo.Id.Value);
        var dayLength = step.Clock == StepClock.Calendar ? TimeSpan.FromDays(1) : calendar.OfficeDay;
        var (title, text) = ReminderMessages.Compose(memo, step, number, escalatedTo, ReminderSchedule.Overdue(step, calendar, dueAt, now), dayLength, link);
        var record = new ReminderRecord
        {
            MemoId = memo.Id, Round = memo.Round, StepId = step.Id, ReminderNumber = number,
            Kind = escalation ? ReminderKind.Escalation : ReminderKind.Reminder,
            ScheduledAt = ReminderSchedule.TimeOf(step, calendar, dueAt, number) ?? dueAt,
            CreatedAt = now, Title = title, Text = text, Link = link,
        };
        db.Reminders.Add(record);

        var usernames = people.Select(p => p.Username).ToList();
        MemoEvent @event = escalation
            ? new StepEscalated(step.Id, memo.Round, position, usernames)
            : new ReminderSent(step.Id, memo.Round, number, usernames);
        // A reminder is on the record but is not an edit: the memo keeps its "last changed" time.
        var updatedAt = memo.UpdatedAt;
        MemoEventLog.Append(db, memo, [@event], EventActor.System, now);
        memo.UpdatedAt = updatedAt;
        if (!escalation) memo.NextReminderAt = ReminderSchedule.NextAfter(step, calendar, dueAt, number);

        var planned = await planner.PlanAsync(db, memo.OrganisationId, escalation ? NotificationKind.Escalation : NotificationKind.Reminder,
            people, record.Id, null, new InAppMessage(memo.Id, title, text, link), now, ct);
        return [.. DeliveryPlanner.DueNow(planned, now)];
    }
}
