using Kasian.Core.Memos;
using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Chain;

public enum RecordState
{
    /// <summary>Every event is sealed as it stands, and the memo row says what its events say.</summary>
    Intact,

    /// <summary>Nothing disagrees, but an event recorded moments ago is not sealed yet.</summary>
    Sealing,

    /// <summary>The memo row or an event no longer matches the chain.</summary>
    Changed,
}

/// <summary>
/// One memo against the chain, cheaply (a handful of indexed reads, for the public verification page): each event
/// against the content its link sealed and the link's own hash, and the memo row against its events. Whether the
/// chain as a whole was rewritten is the full verification's work (<see cref="ChainVerifier"/> with digests).
/// </summary>
public static class MemoRecordCheck
{
    public static async Task<(RecordState State, string? Difference)> CheckAsync(KasianDbContext db, Memo memo, IReadOnlyList<MemoEventRecord> events, DateTimeOffset now, CancellationToken ct)
    {
        var ids = events.Select(e => e.Id).ToList();
        var links = await db.RecordLinks.AsNoTracking().Where(l => ids.Contains(l.EventId)).ToDictionaryAsync(l => l.EventId, ct);
        var sealing = false;
        foreach (var e in events)
        {
            if (!links.TryGetValue(e.Id, out var link))
            {
                if (e.At < now - ChainVerifier.Grace) return (RecordState.Changed, $"Sequence {e.Sequence} was never sealed");
                sealing = true;
                continue;
            }
            if (link.MemoId != memo.Id.Value || link.Sequence != e.Sequence || link.OrganisationId != memo.OrganisationId)
                return (RecordState.Changed, $"Sequence {e.Sequence} was sealed as another event");
            if (ContentHash.Of(memo.OrganisationId, e) != link.ContentHash) return (RecordState.Changed, $"Sequence {e.Sequence} differs from what was sealed");
            if (ContentHash.Link(link.OrganisationId, link.Position, link.ContentHash, link.PreviousHash) != link.Hash)
                return (RecordState.Changed, $"The link of sequence {e.Sequence} was altered");
        }
        if (MemoRowCheck.Compare(memo, events) is { } difference) return (RecordState.Changed, difference);
        return (sealing ? RecordState.Sealing : RecordState.Intact, null);
    }

    public static Task<List<MemoEventRecord>> EventsAsync(KasianDbContext db, MemoId memo, CancellationToken ct) =>
        db.MemoEvents.AsNoTracking().Where(e => e.MemoId == memo).OrderBy(e => e.Sequence).ToListAsync(ct);
}
