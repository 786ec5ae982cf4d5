using System.Collections.Concurrent;
using Kasian.Core.Memos;
using Kasian.Core.Thai;
using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Memos;

/// <summary>
/// Which of an office's positions someone holds, acts in or is delegated to on a day: what "vacant" means.
/// A submission asks the database (<see cref="LoadAsync"/>); the check after every step opens asks a copy at
/// most a minute old (<see cref="CachedAsync"/>), so the approvers' hot path costs no query, and confirms a
/// vacancy against the database before anyone is told.
/// </summary>
public sealed class StaffedPositions(TimeProvider clock)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<Guid, (DateOnly Day, DateTimeOffset LoadedAt, IReadOnlySet<string> Codes)> _cache = new();

    public static async Task<IReadOnlySet<string>> LoadAsync(KasianDbContext db, Guid organisation, DateOnly day, CancellationToken ct)
    {
        // The office is the position's: an appointment's own organisation column is for partitioning, not for meaning.
        var codes = await db.Appointments.AsNoTracking()
            .Where(a => a.From <= day && (a.To == null || a.To >= day))
            .Join(db.People.Where(p => p.Active), a => a.PersonId, p => p.Id, (a, _) => a.PositionId)
            .Join(db.Positions.Where(p => p.OrganisationId == organisation), id => id, p => p.Id, (_, p) => p.Code)
            .Distinct().ToListAsync(ct);
        return codes.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<IReadOnlySet<string>> CachedAsync(KasianDbContext db, Guid organisation, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var day = ThaiDate.BangkokDate(now);
        if (_cache.TryGetValue(organisation, out var hit) && hit.Day == day && now - hit.LoadedAt < Freshness) return hit.Codes;
        var codes = await LoadAsync(db, organisation, day, ct);
        _cache[organisation] = (day, now, codes);
        return codes;
    }

    /// <summary>Forgets an office's copy after its appointments change on this node.</summary>
    public void Forget(Guid organisation) => _cache.TryRemove(organisation, out _);
}
