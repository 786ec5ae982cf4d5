using Kasian.Core.Memos;
using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Printing;

/// <summary>
/// The uploaded pictures a printed memo needs: its office's emblem, and the signatures of whoever signs on it (the
/// originator and each step's actor). Scoped: a request that prints the same memo twice reads them once.
/// </summary>
internal sealed class StoredPrintImages(KasianDbContext db) : IPrintImageSource
{
    private readonly Dictionary<Guid, PrintImages> _loaded = [];

    public async Task<PrintImages> LoadAsync(PrintedMemo memo, CancellationToken ct)
    {
        if (_loaded.TryGetValue(memo.Memo.Id, out var cached)) return cached;
        var memoId = new MemoId(memo.Memo.Id);
        var organisationId = await db.Memos.AsNoTracking().Where(m => m.Id == memoId).Select(m => m.OrganisationId).SingleAsync(ct);
        var signers = memo.Steps.Where(s => s.Act is not null).Select(s => s.Act!.Actor.Username).Append(memo.Memo.Originator.Username).Distinct().ToList();
        // Only the memo's own office: its people, and pictures its people or the office itself own.
        var usernames = await db.People.AsNoTracking().Where(p => p.OrganisationId == organisationId && signers.Contains(p.Username))
            .Select(p => new { p.Id, p.Username }).ToDictionaryAsync(p => p.Id.Value, p => p.Username, ct);
        var owners = usernames.Keys.Append(organisationId).ToList();
        var rows = await db.PrintImages.AsNoTracking()
            .Where(i => i.OrganisationId == organisationId && owners.Contains(i.OwnerId))
            .Select(i => new { i.Kind, i.OwnerId, i.Content })
            .ToListAsync(ct);
        var images = new PrintImages(
            rows.FirstOrDefault(r => r.Kind == PrintImageKind.Emblem && r.OwnerId == organisationId)?.Content,
            rows.Where(r => r.Kind == PrintImageKind.Signature && usernames.ContainsKey(r.OwnerId)).ToDictionary(r => usernames[r.OwnerId], r => r.Content));
        _loaded[memo.Memo.Id] = images;
        return images;
    }
}
