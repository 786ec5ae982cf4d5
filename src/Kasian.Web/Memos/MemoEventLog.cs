using Kasian.Core.Engine;
using Kasian.Core.Memos;
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
    /// <param name="state">The memo's state as the engine decided on it, when the caller has it (else read from the row).</param>
    public static List<MemoEventRecord> Record(Memo memo, IEnumerable<MemoEvent> events, EventActor actor, DateTimeOffset now, MemoState? state = null)
    {
        var records = new List<MemoEventRecord>(2);
        state ??= MemoProjection.StateOf(memo);
        foreach (var e in events)
        {
            state = MemoEngine.Evolve(state, e, now);
            records.Add(new MemoEventRecord
            {
                MemoId = memo.Id,
                Sequence = state.LastSequence,
                Type = e.Type,
                Payload = EventJson.Serialize(e),
                At = now,
                ActorId = actor.Id,
                ActorUsername = actor.Username,
                ActorName = actor.Name,
                Address = actor.Address,
            });
        }
        MemoProjection.Write(state, memo);
        return records;
    }
}
