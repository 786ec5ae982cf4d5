using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Thai;
using Kasian.Web.Data;
using Kasian.Web.Memos;
using Kasian.Web.Reminders;
using Kasian.Web.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Notifications;

/// <summary>
/// Tells people of a memo's turns. The memo's events are the outbox: the action wrote them in its own transaction,
/// and this reads them afterwards, so the action path writes nothing more. One pass reads the events that tell
/// someone something and have no notice yet, from a little behind the shared cursor (on PostgreSQL and SQL Server an
/// event id taken by a transaction that commits later can appear behind one already read; the window catches it),
/// and records their notices and deliveries in one transaction. The notice is unique per event, so two nodes
/// (or a pass after a restart) that read the same event cannot both tell anyone: the loser rolls back and moves on.
/// </summary>
public sealed class MemoNotifier(
    KasianDbContext db,
    WorkflowLibrary workflows,
    DeliveryPlanner planner,
    IOptions<NotificationOptions> options,
    ILogger<MemoNotifier> log)
{
    private static readonly string[] Told =
    [
        nameof(StepOpened), nameof(StepReassigned), nameof(MemoReturned), nameof(MemoApproved), nameof(MemoRejected), nameof(MemoAcknowledged), nameof(MemoRecalled),
    ];

    private static readonly string[] Acts =
    [
        nameof(StepEndorsed), nameof(MemoApproved), nameof(MemoRejected), nameof(MemoReturned), nameof(MemoAcknowledged),
    ];

    /// <summary>One pass. Returns the deliveries to make now and whether the batch was full (more may be waiting).</summary>
    public async Task<(IReadOnlyList<Guid> Deliveries, bool More)> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var turns = options.Value.Turns;
        var cursor = await CursorAsync(ct);
        var newest = await db.MemoEvents.MaxAsync(e => (long?)e.Id, ct) ?? 0;
        var from = cursor - turns.LookBack;
        var oldest = now - turns.MaxAge;
        var events = await db.MemoEvents.AsNoTracking()
            .Where(e => e.Id > from && e.At >= oldest && Told.Contains(e.Type) && !db.MemoNotices.Any(n => n.EventId == e.Id))
            .OrderBy(e => e.Id)
            .Take(turns.BatchSize)
            .ToListAsync(ct);

        // The whole batch in one transaction (one commit, not one per turn); should another notifier have told any of
        // them meanwhile, the batch fails on the unique key and each turn is recorded on its own instead.
        var deliveries = new List<Guid>();
        db.ChangeTracker.Clear();
        var planned = new List<NotificationDelivery>();
        foreach (var record in events) planned.AddRange(await PrepareAsync(record, now, ct));
        try
        {
            await db.SaveChangesAsync(ct);
            deliveries.AddRange(DeliveryPlanner.DueNow(planned, now));
        }
        catch (DbUpdateException e) when (MemoActions.IsUniqueViolation(e))
        {
            log.LogDebug("A batch of {Count} turns met another notifier; recording them one by one", events.Count);
            foreach (var record in events) deliveries.AddRange(await NoticeAsync(record, now, ct));
        }

        var more = events.Count == turns.BatchSize;
        var reached = more ? events[^1].Id : newest;
        if (reached > cursor)
            await db.NotificationCursors.Where(c => c.Id == NotificationCursor.MemoEvents && c.LastEventId < reached)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastEventId, reached).SetProperty(c => c.UpdatedAt, now), ct);
        return (deliveries, more);
    }

    /// <summary>
    /// The shared cursor. The first pass ever starts from the beginning, so turns committed before any notifier ran (a node
    /// that stopped between commit and notice) are told; <see cref="NotificationOptions.TurnOptions.MaxAge"/> keeps an
    /// upgraded installation's old history from being told at all.
    /// </summary>
    private async Task<long> CursorAsync(CancellationToken ct)
    {
        if (await db.NotificationCursors.AsNoTracking().Where(c => c.Id == NotificationCursor.MemoEvents).Select(c => (long?)c.LastEventId).FirstOrDefaultAsync(ct) is { } at)
            return at;
        db.NotificationCursors.Add(new NotificationCursor { Id = NotificationCursor.MemoEvents, LastEventId = 0 });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (MemoActions.IsUniqueViolation(e))
        {
            // Another node started it at the same moment.
        }
        db.ChangeTracker.Clear();
        return await db.NotificationCursors.AsNoTracking().Where(c => c.Id == NotificationCursor.MemoEvents).Select(c => c.LastEventId).SingleAsync(ct);
    }

    private async Task<IReadOnlyList<Guid>> NoticeAsync(MemoEventRecord record, DateTimeOffset now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await db.MemoNotices.AsNoTracking().AnyAsync(n => n.EventId == record.Id, ct)) return [];
        var planned = await PrepareAsync(record, now, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (MemoActions.IsUniqueViolation(ex))
        {
            log.LogDebug("Event {Event} of memo {Memo} already told by another notifier", record.Id, record.MemoId.Value);
            db.ChangeTracker.Clear();
            return [];
        }
        return DeliveryPlanner.DueNow(planned, now);
    }

    /// <summary>Adds the turn's notice and its deliveries to the unit of work, uncommitted.</summary>
    private async Task<List<NotificationDelivery>> PrepareAsync(MemoEventRecord record, DateTimeOffset now, CancellationToken ct)
    {
        var e = EventJson.Deserialize(record.Payload);
        var memo = await db.Memos.AsNoTracking().SingleAsync(m => m.Id == record.MemoId, ct);
        var kind = KindOf(e);
        var people = await RecipientsAsync(memo, record, e, ct);

        var stepId = e switch { StepOpened o => o.StepId, StepReassigned r => r.StepId, StepActed a => a.StepId, MemoRecalled r => r.StepId, _ => null };
        var route = memo.RouteVersion is { } v ? workflows.Routes.Find(new(memo.RouteId, v)) : null;
        var stepTitle = stepId is null ? null : route?.Steps.FirstOrDefault(s => s.Id == stepId)?.Title ?? stepId;
        var link = ReminderMessages.LinkTo(options.Value.PublicBaseUrl, memo.Id.Value);
        var (title, text) = TurnMessages.Compose(kind, memo, e, record, stepTitle, link);
        var notice = new MemoNotice
        {
            EventId = record.Id, MemoId = memo.Id, Kind = kind, StepId = stepId, CreatedAt = now, Title = title, Text = text, Link = link,
        };
        db.MemoNotices.Add(notice);
        var planned = await planner.PlanAsync(db, memo.OrganisationId, kind, people, null, notice.Id, new InAppMessage(memo.Id, title, text, link), now, ct);
        log.LogInformation("{Kind} of memo {Memo} (event {Event}) for {People} people in {Count} deliveries",
            kind, memo.Id.Value, record.Id, people.Count, planned.Count);
        return planned;
    }

    private static NotificationKind KindOf(MemoEvent e) => e switch
    {
        StepOpened or StepReassigned => NotificationKind.StepOpened,
        MemoReturned => NotificationKind.Returned,
        MemoApproved => NotificationKind.Approved,
        MemoRejected => NotificationKind.Rejected,
        MemoAcknowledged => NotificationKind.Acknowledged,
        MemoRecalled => NotificationKind.Recalled,
        _ => throw new InvalidOperationException($"{e.Type} tells nobody anything."),
    };

    /// <summary>
    /// A step that opens (or is reassigned to another position): whoever may act at it that day (holders, acting and delegated holders). A return: the
    /// originator. A decision or a recall: the originator and everyone who acted on the memo, and on a recall the people
    /// the recalled step was waiting for, but not the person whose own act it was. Never a deactivated account.
    /// </summary>
    private async Task<List<Person>> RecipientsAsync(Memo memo, MemoEventRecord record, MemoEvent e, CancellationToken ct)
    {
        List<Person> people;
        if (e is StepOpened opened)
            people = await Recipients.InPositionAsync(db, memo.OrganisationId, opened.Position, ThaiDate.BangkokDate(record.At), Recipients.MayAct, ct);
        else if (e is StepReassigned reassigned)
            people = await Recipients.InPositionAsync(db, memo.OrganisationId, reassigned.ToPosition, ThaiDate.BangkokDate(record.At), Recipients.MayAct, ct);
        else
        {
            var ids = new HashSet<PersonId> { memo.OriginatorId };
            if (e is not MemoReturned)
            {
                var actors = await db.MemoEvents.AsNoTracking()
                    .Where(x => x.MemoId == memo.Id && x.Id <= record.Id && Acts.Contains(x.Type) && x.ActorId != null)
                    .Select(x => x.ActorId!.Value).Distinct().ToListAsync(ct);
                ids.UnionWith(actors);
            }
            people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.Username).ToListAsync(ct);
            if (e is MemoRecalled { StepId: { } recalledStep })
            {
                var position = await db.MemoEvents.AsNoTracking()
                    .Where(x => x.MemoId == memo.Id && x.Id < record.Id && x.Type == nameof(StepOpened))
                    .OrderByDescending(x => x.Id).Select(x => x.Payload).FirstOrDefaultAsync(ct) is { } payload
                    && EventJson.Deserialize(payload) is StepOpened { } last && last.StepId == recalledStep ? last.Position : null;
                if (position is not null)
                    people.AddRange(await Recipients.InPositionAsync(db, memo.OrganisationId, position, ThaiDate.BangkokDate(record.At), Recipients.MayAct, ct));
            }
        }
        // A step that opens for its own actor (one person holding two steps in a row) is still waiting for them.
        return people.Where(p => p.Active && (e is StepOpened or StepReassigned || p.Id != record.ActorId)).DistinctBy(p => p.Id).ToList();
    }
}
