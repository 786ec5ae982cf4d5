using Kasian.Core.Organisation;
using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Reminders;

/// <summary>Who a reminder goes to: the people standing in a position on a day, as the inbox resolves them.</summary>
public static class Recipients
{
    public static Task<List<Person>> InPositionAsync(KasianDbContext db, Guid organisationId, string position, DateOnly day, IReadOnlyCollection<CapacityKind> kinds, CancellationToken ct) =>
        db.People.AsNoTracking()
            .Where(p => p.OrganisationId == organisationId && p.Appointments.Any(a =>
                a.Position!.Code == position && kinds.Contains(a.Kind) && a.From <= day && (a.To == null || a.To >= day)))
            .OrderBy(p => p.Username)
            .ToListAsync(ct);

    /// <summary>Everyone who may act at a step: holders, acting holders and delegates.</summary>
    public static readonly CapacityKind[] MayAct = [CapacityKind.Holder, CapacityKind.Acting, CapacityKind.Delegated];

    /// <summary>An escalation goes to the post's holder and acting holders (DESIGN §7), not to delegates.</summary>
    public static readonly CapacityKind[] Escalation = [CapacityKind.Holder, CapacityKind.Acting];
}
