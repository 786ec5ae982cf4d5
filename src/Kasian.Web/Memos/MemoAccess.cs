using Kasian.Core.Memos;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Memos;

/// <summary>Who may read a memo: anyone in its organisation (docs/decisions.md); everyone else gets 404, not 403, so ids reveal nothing.</summary>
public static class MemoAccess
{
    public static Task<bool> CanSeeAsync(KasianDbContext db, RequestActor actor, MemoId id, CancellationToken ct)
    {
        var organisation = actor.Current.OrganisationId;
        return db.Memos.AnyAsync(m => m.Id == id && m.OrganisationId == organisation, ct);
    }
}
