using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Memos;

/// <summary>
/// A step action sent again after its answer was lost (a dropped connection, a client's retry, a second click) finds
/// the memo moved on — by itself. The memo's own event log, which every node shares, tells the two apart: when this
/// person's act at the named step in the memo's current round, with the same action and the same words, is what moved
/// it on, the repeat is answered with that act's result instead of <c>step-moved-on</c> (or <c>already-decided</c>,
/// <c>not-pending</c>). Anyone else's stale action, or different words, is still refused. Only a refusal reads the log:
/// an action that goes through costs what it did.
/// </summary>
public static class RepeatedActs
{
    public static bool MayBeRepeat(MemoCommand command, Refusal refusal) =>
        command is StepCommand && refusal.Code is RefusalCode.StepMovedOn or RefusalCode.AlreadyDecided or RefusalCode.NotPending;

    /// <summary>Where the memo stood right after this person's earlier identical act, or null when there was none.</summary>
    public static async Task<MemoActed?> FindAsync(KasianDbContext db, Memo memo, PersonId person, StepCommand command, CancellationToken ct)
    {
        var records = await db.MemoEvents.AsNoTracking().Where(e => e.MemoId == memo.Id).OrderBy(e => e.Sequence).ToListAsync(ct);
        var events = records.Select(r => EventJson.Deserialize(r.Payload)).ToList();
        // A step is acted on once a round, so this is the act that moved it on.
        var act = events.FindLastIndex(e => e is StepActed a && a.StepId == command.StepId && a.Round == memo.Round);
        if (act < 0 || records[act].ActorId != person || !Same(command, events[act])) return null;

        // An endorsement was committed with the step it opened: the answer was where the memo stood after both.
        var last = act + 1 < events.Count && events[act + 1] is StepOpened && records[act + 1].ActorId == person ? act + 1 : act;
        var state = MemoState.Unwritten(memo.OriginatorId);
        for (var i = 0; i <= last; i++) state = MemoEngine.Evolve(state, events[i], records[i].At);
        return new MemoActed(memo.Id, state.Status, state.CurrentStepId, records[last].Sequence);
    }

    private static bool Same(StepCommand command, MemoEvent recorded) => (command, recorded) switch
    {
        (Endorse c, StepEndorsed e) => Words(c.Comment) == e.Comment,
        (Approve c, MemoApproved e) => Words(c.Comment) == e.Comment,
        (Reject c, MemoRejected e) => Words(c.Reason) == e.Reason,
        (ReturnForRevision c, MemoReturned e) => Words(c.Reason) == e.Reason,
        (Acknowledge c, MemoAcknowledged e) => Words(c.Comment) == e.Comment,
        _ => false,
    };

    /// <summary>The words as the engine records them (trimmed, invisible-only as none).</summary>
    private static string? Words(string? text) => VisibleText.OrNull(text);
}
