using Kasian.Core.Organisation;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Features.Admin.Appointments;
using Kasian.Web.Memos;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin.People;

/// <summary>A person as the administration API and pages show them: never the password or its hash.</summary>
/// <param name="Capacities">Those in force today, with the line printed under their signature.</param>
/// <param name="Appointments">Every appointment, past, present and future, newest first.</param>
public sealed record PersonView(
    Guid Id,
    string Username,
    string DisplayName,
    string? Email,
    IReadOnlyList<string> Roles,
    bool Active,
    IReadOnlyList<CapacityView> Capacities,
    IReadOnlyList<AppointmentView> Appointments);

public static class PersonViews
{
    /// <summary>The office's people (or the one asked for) with their appointments, in two queries.</summary>
    public static async Task<List<PersonView>> LoadAsync(KasianDbContext db, Guid organisation, DateOnly today, Guid? only, CancellationToken ct)
    {
        var people = db.People.AsNoTracking().Where(p => p.OrganisationId == organisation);
        if (only is { } id)
        {
            var person = new Core.Memos.PersonId(id);
            people = people.Where(p => p.Id == person);
        }
        // Sorted here, ordinally, so that every provider lists them in the same order whatever its collation.
        var rows = (await people.ToListAsync(ct)).OrderBy(p => p.Username, StringComparer.Ordinal);
        var appointments = (await AppointmentViews.LoadAsync(db, organisation, today, ct, personId: only)).ToLookup(a => a.PersonId);
        return rows.Select(p =>
        {
            var mine = appointments[p.Id.Value].ToList();
            var capacities = Capacities.InForce(
                mine.Select(a => new Core.Organisation.Appointment(a.PositionCode, a.PositionTitle, AppointmentKinds.Parse(a.Kind)!.Value, a.From, a.To)), today);
            return new PersonView(p.Id.Value, p.Username, p.DisplayName, p.Email, RoleNames.Codes(p.Roles), p.Active,
                capacities.Select(CapacityView.Of).ToList(), mine);
        }).ToList();
    }

    public static async Task<PersonView> LoadOneAsync(KasianDbContext db, Guid organisation, DateOnly today, Guid id, CancellationToken ct) =>
        (await LoadAsync(db, organisation, today, id, ct)).Single();

    /// <summary>The person to change, tracked; null when there is none in the caller's office.</summary>
    public static Task<Person?> FindAsync(KasianDbContext db, Guid organisation, Guid id, CancellationToken ct)
    {
        var person = new Core.Memos.PersonId(id);
        return db.People.SingleOrDefaultAsync(p => p.Id == person && p.OrganisationId == organisation, ct);
    }
}
