using Kasian.Core.Calendar;
using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Reminders;
using Kasian.Core.Routes;
using Kasian.Core.Thai;
using Kasian.Web.Data;
using Kasian.Web.Data.Sql;
using Kasian.Web.Memos;
using Kasian.Web.Notifications;
using Kasian.Web.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Reminders;

/// <summary>
/// Records one reminder (or the escalation) of one step instance, exactly once. Like Wolverine's
/// PaymentTimeoutHandler it re-reads the memo and asks the engine (<see cref="Remind"/>, <see cref="Escalate"/>),
/// which refuses unless the step is still open and this reminder is the one due; the ledger row, the memo's event
/// and its deliveries commit together through <see cref="MemoStore"/>, guarded twice: by the ledger's unique key
/// (another sweep or instance got there first) and by the memo's concurrency token (an approver acted meanwhile).
/// On either conflict it re-reads and asks again.
/// </summary>
public sealed class ReminderHandler(
    KasianDbContext db,
    SqlSessions sessions,
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
            // Its own connection (the context's), not the memo actions' writer: an action may wait on this one at SQLite's lock.
            await using var session = await SqlSessions.ForReadingAsync(db, ct);
            var loaded = await MemoStore.LoadAsync(session, new MemoId(due.MemoId), ct);
            if (loaded is not { Memo: var memo } || memo.Status != MemoStatus.Pending || memo.CurrentStepId != due.StepId || memo.Round != due.Round
                || memo.DueAt is not { } dueAt)
                return [];
            var route = memo.RouteVersion is { } v ? workflows.Routes.Find(new(memo.RouteId, v)) : null;
            var step = route?.Steps.FirstOrDefault(s => s.Id == due.StepId);
            if (step is null) return [];
            var calendar = await calendars.ForAsync(memo.OrganisationId, ct);
            if (ReminderSchedule.DueNumber(step, calendar, dueAt, memo.RemindersSent, now) is not { } number) return [];

            var (command, record, deliveries, inApp) = await PrepareAsync(memo, step, calendar, dueAt, number, now, ct);
            var decision = MemoEngine.Decide(new DecisionContext(route!, Actor.System, now, calendar), loaded.State, command);
            if (decision.Refusal is { } refusal)
            {
                log.LogDebug("Reminder {Number} of memo {Memo}: {Refusal}", number, memo.Id.Value, refusal.Message);
                return [];
            }
            if (sessions.BetweenReminderReadAndWrite is { } race) await race(due.MemoId, ct);
            var rows = new List<SqlStatement>(deliveries.Count + inApp.Count + 1) { session.Map<ReminderRecord>().Insert(record, "r") };
            for (var i = 0; i < deliveries.Count; i++) rows.Add(session.Map<NotificationDelivery>().Insert(deliveries[i], $"d{i}_"));
            for (var i = 0; i < inApp.Count; i++) rows.Add(session.Map<Notification>().Insert(inApp[i], $"n{i}_"));

            if (await CommitAsync(session, loaded, decision.Events, rows, now, ct))
            {
                log.LogInformation("Reminder {Number} of memo {Memo} step {Step} (round {Round}) recorded with {Count} deliveries",
                    number, memo.Id.Value, step.Id, memo.Round, deliveries.Count);
                return [.. DeliveryPlanner.DueNow(deliveries, now)];
            }
            log.LogDebug("Reminder {Number} of memo {Memo}: lost a race (attempt {Attempt}), re-reading", number, memo.Id.Value, attempt);
        }
        return [];
    }

    /// <summary>False when another writer got there first: an approver moved the memo, or another sweep took the ledger's key.</summary>
    private static async Task<bool> CommitAsync(SqlSession session, LoadedMemo loaded, IReadOnlyList<MemoEvent> events, IReadOnlyList<SqlStatement> rows, DateTimeOffset now, CancellationToken ct)
    {
        await session.BeginAsync(ct);
        try
        {
            var appended = await MemoStore.AppendAsync(session, loaded, events, EventActor.System, now, rows, ct) is not null;
            if (appended) await session.CommitAsync(ct);
            else await session.RollbackAsync(ct);
            return appended;
        }
        catch (System.Data.Common.DbException e) when (MemoActions.IsUniqueViolation(e))
        {
            await session.RollbackAsync(ct);
            return false;
        }
    }

    /// <summary>What the engine is asked, and the ledger row and deliveries that go with its event.</summary>
    private async Task<(MemoCommand, ReminderRecord, List<NotificationDelivery>, List<Notification>)> PrepareAsync(
        Memo memo, RouteStep step, WorkingCalendar calendar, DateTimeOffset dueAt, int number, DateTimeOffset now, CancellationToken ct)
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

        var usernames = people.Select(p => p.Username).ToList();
        MemoCommand command = escalation
            ? new Escalate(step.Id, memo.Round, usernames)
            : new Remind(step.Id, memo.Round, number, usernames);

        var (deliveries, inApp) = await planner.PlanRowsAsync(db, memo.OrganisationId, escalation ? NotificationKind.Escalation : NotificationKind.Reminder,
            people, record.Id, null, new InAppMessage(memo.Id, title, text, link), now, ct);
        return (command, record, deliveries, inApp);
    }
}
