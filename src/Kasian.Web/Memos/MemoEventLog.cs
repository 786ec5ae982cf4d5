using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Thai;
using Kasian.Web.Data;

namespace Kasian.Web.Memos;

/// <summary>Who did something, as stored on the event envelope.</summary>
public sealed record EventActor(PersonId? Id, string? Username, string? Name, string? Address)
{
    public static EventActor System { get; } = new(null, "kasian", "Kasian", null);

    public static EventActor Of(Person person, string? address) => new(person.Id, person.Username, person.DisplayName, address);
}

/// <summary>
/// Appends events to a memo and brings its projection up to date, in the caller's unit of work.
/// The concurrency token moves with every append, so two writers who read the same memo cannot both commit.
/// </summary>
public static class MemoEventLog
{
    /// <summary>Adds the events to the caller's EF Core unit of work (composing a memo, the reminder sweep).</summary>
    public static void Append(KasianDbContext db, Memo memo, IEnumerable<MemoEvent> events, EventActor actor, DateTimeOffset now) =>
        db.MemoEvents.AddRange(Record(memo, events, actor, now));

    /// <summary>Moves the memo's projection on by the events and returns their rows, numbered after the memo's last.</summary>
    public static List<MemoEventRecord> Record(Memo memo, IEnumerable<MemoEvent> events, EventActor actor, DateTimeOffset now)
    {
        var records = new List<MemoEventRecord>(2);
        foreach (var e in events)
        {
            memo.LastSequence++;
            records.Add(new MemoEventRecord
            {
                MemoId = memo.Id,
                Sequence = memo.LastSequence,
                Type = e.Type,
                Payload = EventJson.Serialize(e),
                At = now,
                ActorId = actor.Id,
                ActorUsername = actor.Username,
                ActorName = actor.Name,
                Address = actor.Address,
            });
            records[^1].ContentHash = Kasian.Web.Chain.ContentHash.Of(memo.OrganisationId, records[^1]);
            Project(memo, e, now);
        }
        memo.UpdatedAt = now;
        return records;
    }

    public static MemoState StateOf(Memo memo) =>
        new(memo.Status, memo.OriginatorId, memo.Urgency, memo.CurrentStepId, memo.Round, memo.Sequence is not null, memo.CurrentPosition);

    private static void Project(Memo memo, MemoEvent e, DateTimeOffset now)
    {
        var state = MemoEngine.Evolve(StateOf(memo), e);
        memo.Status = state.Status;
        memo.Round = state.Round;
        memo.CurrentStepId = state.CurrentStepId;
        memo.CurrentPosition = state.CurrentPosition;
        switch (e)
        {
            case MemoSubmitted s:
                memo.Number = s.Number;
                memo.RegisterYear = s.RegisterYear;
                memo.Sequence = s.Sequence;
                memo.RouteVersion = s.RouteVersion;
                memo.MemoDate = ThaiDate.BangkokDate(now);
                break;
            case StepOpened o:
                memo.StepOpenedAt = now;
                memo.DueAt = o.DueAt;
                memo.NextReminderAt = o.DueAt;
                memo.RemindersSent = 0;
                break;
            case ReminderSent r:
                memo.RemindersSent = r.Reminder;
                break;
            case StepEscalated:
                memo.NextReminderAt = null;
                break;
        }
        if (state.CurrentStepId is null)
        {
            memo.StepOpenedAt = null;
            memo.DueAt = null;
            memo.NextReminderAt = null;
            memo.RemindersSent = 0;
        }
    }
}
