using Kasian.Core.Organisation;
using Kasian.Web.Data;
using Kasian.Web.Features.Admin.Appointments;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin.Positions;

/// <summary>A position as the administration API and pages show it, with who holds or acts in it today.</summary>
public sealed record PositionView(
    Guid Id,
    string Code,
    string Title,
    Guid? UnitId,
    string? UnitName,
    Guid? SuperiorPositionId,
    string? SuperiorPositionCode,
    bool Active,
    IReadOnlyList<Occupant> InForceToday);

/// <summary>Someone whose appointment to the position is in force on the day asked.</summary>
public sealed record Occupant(Guid AppointmentId, Guid PersonId, string Username, string DisplayName, string Kind, DateOnly From, DateOnly? To);

public static class PositionViews
{
    /// <summary>The office's positions (or the one asked for), in two queries whatever their number.</summary>
    public static async Task<List<PositionView>> LoadAsync(KasianDbContext db, Guid organisation, DateOnly today, Guid? only, CancellationToken ct)
    {
        var positions = await db.Positions.AsNoTracking()
            .Where(p => p.OrganisationId == organisation && (only == null || p.Id == only))
            .Select(p => new
            {
                Position = p,
                UnitName = db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).FirstOrDefault(),
                SuperiorCode = db.Positions.Where(s => s.Id == p.SuperiorPositionId).Select(s => s.Code).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var occupants = await (
                from a in db.Appointments.AsNoTracking()
                join person in db.People on a.PersonId equals person.Id
                where a.OrganisationId == organisation && (only == null || a.PositionId == only)
                    && a.From <= today && (a.To == null || a.To >= today)
                select new { a.Id, a.PositionId, PersonId = person.Id, person.Username, person.DisplayName, a.Kind, a.From, a.To })
            .ToListAsync(ct);
        // Holders first: the kind is stored as text, so SQL would sort it alphabetically.
        var byPosition = occupants.OrderBy(o => o.Kind).ThenBy(o => o.From).ToLookup(o => o.PositionId,
            o => new Occupant(o.Id, o.PersonId.Value, o.Username, o.DisplayName, AppointmentKinds.Code(o.Kind), o.From, o.To));
        // Sorted here, ordinally, so that every provider lists them in the same order whatever its collation.
        return positions.OrderBy(p => p.Position.Code, StringComparer.Ordinal)
            .Select(p => new PositionView(p.Position.Id, p.Position.Code, p.Position.Title, p.Position.UnitId, p.UnitName,
                p.Position.SuperiorPositionId, p.SuperiorCode, p.Position.Active, byPosition[p.Position.Id].ToList()))
            .ToList();
    }
}
