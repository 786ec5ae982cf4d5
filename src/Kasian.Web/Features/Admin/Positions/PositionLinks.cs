using Kasian.Web.Common;
using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin.Positions;

/// <summary>
/// A position's unit and superior, checked the same way on create and edit: both of the caller's own office
/// (another office's id is simply not there), open when newly chosen, and no chain of superiors that loops.
/// </summary>
public static class PositionLinks
{
    public static Problem Duplicate(string code) =>
        AdminChanges.Duplicate($"Your office already has a position with the code '{code}'. Codes are unique within an office, because routes name them.");

    /// <param name="current">The unit the position is in now: keeping it in a unit that has since closed is allowed.</param>
    public static async Task CheckUnitAsync(Checks checks, KasianDbContext db, Guid organisation, Guid? unitId, Guid? current, CancellationToken ct)
    {
        if (unitId is not { } id) return;
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id && u.OrganisationId == organisation, ct);
        if (unit is null) checks.Fail("unitId", $"Your office has no unit {id}.");
        else if (!unit.Active && id != current) checks.Fail("unitId", $"The unit '{unit.Name}' is closed; no new position is placed in it.");
    }

    /// <param name="position">The position being edited; null when it is being created (nothing can be under it yet).</param>
    /// <param name="current">Its superior now: keeping an abolished superior is allowed, choosing one is not.</param>
    public static async Task CheckSuperiorAsync(Checks checks, KasianDbContext db, Guid organisation, Guid? position, Guid? superiorId, Guid? current, CancellationToken ct)
    {
        if (superiorId is not { } id) return;
        if (id == position) { checks.Fail("superiorPositionId", "A position cannot be its own superior."); return; }
        var all = await db.Positions.AsNoTracking()
            .Where(p => p.OrganisationId == organisation)
            .Select(p => new { p.Id, p.Code, p.SuperiorPositionId, p.Active })
            .ToDictionaryAsync(p => p.Id, ct);
        if (!all.TryGetValue(id, out var superior)) { checks.Fail("superiorPositionId", $"Your office has no position {id}."); return; }
        if (!superior.Active && id != current) { checks.Fail("superiorPositionId", $"The position '{superior.Code}' is abolished; choose an active superior."); return; }
        if (position is null) return;

        // Walk up from the new superior; reaching the position itself means the chain would loop.
        var chain = new List<string> { all[position.Value].Code };
        for (Guid? step = id; step is { } s && all.TryGetValue(s, out var above); step = above.SuperiorPositionId)
        {
            chain.Add(above.Code);
            if (s == position) { checks.Fail("superiorPositionId", $"That superior would make a loop: {string.Join(" → ", chain)}."); return; }
            if (chain.Count > all.Count + 1) return; // a loop that does not pass through this position was there before; not this change's doing
        }
    }
}
