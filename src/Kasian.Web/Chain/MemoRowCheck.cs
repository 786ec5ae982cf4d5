using Kasian.Web.Data;
using Kasian.Web.Memos;

namespace Kasian.Web.Chain;

/// <summary>Whether a memo row says what its events say: the row is a projection, so a changed status or body shows as a difference.</summary>
public static class MemoRowCheck
{
    /// <summary>Null when the row agrees with its events (in sequence order), else what differs first.</summary>
    public static string? Compare(Memo row, IReadOnlyList<MemoEventRecord> events)
    {
        for (var i = 0; i < events.Count; i++)
            if (events[i].Sequence != i + 1) return $"Sequence {i + 1} is missing from the memo's events";
        if (events.Count != row.LastSequence) return $"The memo row's last sequence {row.LastSequence} differs from its {events.Count} events";
        // Every column the events make (body, status, step, number, dates): one projection, the one that writes the row (MemoReplay).
        try
        {
            return MemoReplay.Compare(row, events);
        }
        catch (System.Text.Json.JsonException)
        {
            // Only now, on the rare bad record, find which payload it was: reading every payload twice would halve verify's speed.
            foreach (var e in events)
            {
                try { EventJson.Deserialize(e.Payload); }
                catch (System.Text.Json.JsonException) { return $"Sequence {e.Sequence} is not a readable event"; }
            }
            throw;
        }
    }
}
