using Kasian.Core.Memos;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Memos;

/// <summary>Who may read a memo: anyone in its organisation (docs/decisions.md); everyone else gets 404, not 403, so ids reveal nothing.</summary>
public static class MemoAccess
{
    public static async Task<bool> CanSeeAsync(KasianDbContext db, ICurrentUser user, MemoId id, CancellationToken ct)
    {
        if (user.Id is not { } personId) return false;
        var organisation = await db.People.Where(p => p.Id == personId).Select(p => (Guid?)p.OrganisationId).SingleOrDefaultAsync(ct);
        return organisation is not null && await db.Memos.AnyAsync(m => m.Id == id && m.OrganisationId == organisation, ct);
    }
}
