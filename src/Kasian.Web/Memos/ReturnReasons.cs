using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Memos;

/// <summary>Why a returned memo came back: the reason of its latest return, which is what its author has to fix.</summary>
public static class ReturnReasons
{
    private const string Returned = nameof(MemoReturned);

    public static async Task<IReadOnlyDictionary<MemoId, string>> OfAsync(KasianDbContext db, IReadOnlyList<MemoId> memos, CancellationToken ct)
    {
        if (memos.Count == 0) return new Dictionary<MemoId, string>();
        var rows = await db.MemoEvents.AsNoTracking()
            .Where(e => memos.Contains(e.MemoId) && e.Type == Returned)
            .Select(e => new { e.MemoId, e.Sequence, e.Payload })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.MemoId)
            .ToDictionary(g => g.Key, g => ((MemoReturned)EventJson.Deserialize(g.MaxBy(r => r.Sequence)!.Payload)).Reason);
    }

    public static async Task<string?> OfAsync(KasianDbContext db, MemoId memo, CancellationToken ct) =>
        (await OfAsync(db, [memo], ct)).GetValueOrDefault(memo);
}
