using Kasian.Core.Memos;
using Kasian.Core.Organisation;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin.Appointments;

/// <summary>One appointment's days in one position, for the overlap rules.</summary>
public sealed record AppointmentSpan(Guid Id, PersonId PersonId, string DisplayName, CapacityKind Kind, DateOnly From, DateOnly? To)
{
    public bool Overlaps(AppointmentSpan other) =>
        From <= (other.To ?? DateOnly.MaxValue) && other.From <= (To ?? DateOnly.MaxValue);

    public override string ToString() =>
        $"{DisplayName} ({AppointmentKinds.Code(Kind)}) from {From:yyyy-MM-dd} until {(To is { } to ? to.ToString("yyyy-MM-dd") : "further notice")}";
}

/// <summary>
/// Who may stand in a position on the same days: one holder at a time, and nobody acting or delegated in a post
/// they hold themselves (the capacity line would read "X รักษาราชการแทน X").
/// </summary>
public static class AppointmentRules
{
    public static async Task<List<AppointmentSpan>> InPositionAsync(KasianDbContext db, Guid positionId, CancellationToken ct)
    {
        var rows = await (
                from a in db.Appointments.AsNoTracking()
                join p in db.People on a.PersonId equals p.Id
                where a.PositionId == positionId
                select new { a.Id, a.PersonId, p.DisplayName, a.Kind, a.From, a.To })
            .ToListAsync(ct);
        return rows.Select(r => new AppointmentSpan(r.Id, r.PersonId, r.DisplayName, r.Kind, r.From, r.To)).ToList();
    }

    /// <summary>The first rule <paramref name="candidate"/> breaks against the position's other appointments, or null.</summary>
    public static Problem? Clash(IEnumerable<AppointmentSpan> samePosition, AppointmentSpan candidate, string positionCode)
    {
        foreach (var other in samePosition.Where(o => o.Id != candidate.Id && o.Overlaps(candidate)))
        {
            if (candidate.Kind == CapacityKind.Holder && other.Kind == CapacityKind.Holder)
                return Problem.Conflict("overlapping-holder",
                    $"'{positionCode}' already has a holder on some of these days: {other}. A position has one holder at a time; end that appointment first or choose other dates.");
            if (other.PersonId != candidate.PersonId) continue;
            if ((candidate.Kind == CapacityKind.Holder) != (other.Kind == CapacityKind.Holder))
                return Problem.Conflict("acting-in-own-post",
                    $"{candidate.DisplayName} cannot both hold '{positionCode}' and act in it on the same days: {other}.");
            return Problem.Conflict("overlapping-appointment",
                $"{candidate.DisplayName} already has an appointment to '{positionCode}' on some of these days: {other}. Change that one instead.");
        }
        return null;
    }
}
