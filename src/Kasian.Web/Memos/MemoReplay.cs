using Kasian.Core.Engine;
using Kasian.Web.Data;

namespace Kasian.Web.Memos;

/// <summary>
/// The memo row checked against its record: the events, replayed through the engine's one projection
/// (<see cref="MemoEngine.Evolve"/>), must give the row exactly.
/// </summary>
/// <remarks>
/// Events recorded before issue 11 did not carry everything: a creation or edit carried only the subject, a creation
/// not the originator's post, a reminder not the sweep's next look. What they could not say is left unchecked
/// (<see cref="MemoState.Unrecorded"/>) until a later event says it again: a new edit (the content), a step opening or
/// closing (the next look). Those old events are kept as they are (the log is append-only), not backfilled.
/// </remarks>
public static class MemoReplay
{
    /// <summary>The state the events make, taken in order of sequence; the originator is whoever recorded the first.</summary>
    public static MemoState Replay(IReadOnlyList<MemoEventRecord> events)
    {
        var ordered = events.OrderBy(e => e.Sequence).ToList();
        var state = MemoState.Unwritten(ordered.Count > 0 && ordered[0].ActorId is { } originator ? originator : default);
        foreach (var record in ordered) state = MemoEngine.Evolve(state, EventJson.Deserialize(record.Payload), record.At);
        return state;
    }

    /// <summary>Null when the row is what its events say; else which column first differs, in plain English.</summary>
    public static string? Compare(Memo row, IReadOnlyList<MemoEventRecord> events)
    {
        if (events.Count == 0) return "The memo has no events";
        if (events.FirstOrDefault(e => e.MemoId != row.Id) is { } stray) return $"Event {stray.Sequence} belongs to another memo";
        var state = Replay(events);
        var last = events.Max(e => e.Sequence);
        foreach (var (column, inRow, inRecord, unless) in Columns(row, state))
        {
            if (unless != Unrecorded.None && state.Unrecorded.HasFlag(unless)) continue;
            if (!Equals(Stored(inRow), Stored(inRecord))) return $"{column} differs from its record (last event {last})";
        }
        return null;
    }

    /// <summary>
    /// An instant as the database keeps it: SQLite's column holds 100 µs (EF Core's binary DateTimeOffset), PostgreSQL 1 µs,
    /// while the event's JSON keeps the clock's every tick. Compared at the coarser, a row written from its own events agrees.
    /// </summary>
    private static object? Stored(object? value) =>
        value is DateTimeOffset instant ? instant.UtcTicks - instant.UtcTicks % 1_000 : value;

    private static IEnumerable<(string Column, object? Row, object? Record, Unrecorded Unless)> Columns(Memo row, MemoState state)
    {
        var content = state.Content;
        yield return (nameof(Memo.OriginatorId), row.OriginatorId, state.Originator, Unrecorded.None);
        yield return (nameof(Memo.OriginatorPositionTitle), row.OriginatorPositionTitle, state.OriginatorPositionTitle, Unrecorded.OriginatorPositionTitle);
        yield return (nameof(Memo.Subject), row.Subject, content.Subject, Unrecorded.None);
        yield return (nameof(Memo.Unit), row.Unit, content.Unit, Unrecorded.Content);
        yield return (nameof(Memo.UnitPhone), row.UnitPhone, content.UnitPhone, Unrecorded.Content);
        yield return (nameof(Memo.To), row.To, content.To, Unrecorded.Content);
        yield return (nameof(Memo.Body), row.Body, content.Body, Unrecorded.Content);
        yield return (nameof(Memo.Urgency), row.Urgency, content.Urgency, Unrecorded.Content);
        yield return (nameof(Memo.Status), row.Status, state.Status, Unrecorded.None);
        yield return (nameof(Memo.RouteId), row.RouteId, state.RouteId, Unrecorded.None);
        yield return (nameof(Memo.RouteVersion), row.RouteVersion, state.RouteVersion, Unrecorded.None);
        yield return (nameof(Memo.Round), row.Round, state.Round, Unrecorded.None);
        yield return (nameof(Memo.CurrentStepId), row.CurrentStepId, state.CurrentStepId, Unrecorded.None);
        yield return (nameof(Memo.CurrentPosition), row.CurrentPosition, state.CurrentPosition, Unrecorded.None);
        yield return (nameof(Memo.StepOpenedAt), row.StepOpenedAt, state.StepOpenedAt, Unrecorded.None);
        yield return (nameof(Memo.DueAt), row.DueAt, state.DueAt, Unrecorded.None);
        yield return (nameof(Memo.NextReminderAt), row.NextReminderAt, state.NextReminderAt, Unrecorded.NextReminderAt);
        yield return (nameof(Memo.RemindersSent), row.RemindersSent, state.RemindersSent, Unrecorded.None);
        yield return (nameof(Memo.RegisterYear), row.RegisterYear, state.RegisterYear, Unrecorded.None);
        yield return (nameof(Memo.Sequence), row.Sequence, state.Sequence, Unrecorded.None);
        yield return (nameof(Memo.Number), row.Number, state.Number, Unrecorded.None);
        yield return (nameof(Memo.MemoDate), row.MemoDate, state.MemoDate, Unrecorded.None);
        yield return (nameof(Memo.CreatedAt), row.CreatedAt, state.CreatedAt, Unrecorded.None);
        yield return (nameof(Memo.UpdatedAt), row.UpdatedAt, state.UpdatedAt, Unrecorded.None);
        yield return (nameof(Memo.LastSequence), row.LastSequence, state.LastSequence, Unrecorded.None);
    }
}
