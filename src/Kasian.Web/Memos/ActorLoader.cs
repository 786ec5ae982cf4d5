using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Organisation;
using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Memos;

/// <summary>Loads a person with the capacities they hold on a given day: who may act is resolved when they act.</summary>
public static class ActorLoader
{
    /// <summary>One row per appointment (or one row with none): the person, the appointment and its position.</summary>
    private sealed record Row(Person Person, Data.Appointment? Appointment, Position? Position);

    // Every request that acts or lists starts here. Compiled once, and flat rows rather than Include: the
    // collection-include shaper cost more than the query itself on the endorse path (docs/benchmarks.md).
    private static readonly CompiledQuery<Func<KasianDbContext, PersonId, IAsyncEnumerable<Row>>> Rows = new(() =>
        EF.CompileAsyncQuery((KasianDbContext db, PersonId id) =>
            from p in db.People.AsNoTracking()
            where p.Id == id
            from a in db.Appointments.AsNoTracking().Where(a => a.PersonId == p.Id).DefaultIfEmpty()
            select new Row(p, a, a!.Position)));

    public static async Task<(Person Person, Actor Actor)?> LoadAsync(KasianDbContext db, PersonId id, DateOnly day, CancellationToken ct)
    {
        Person? person = null;
        await foreach (var row in Rows.For(db)(db, id).WithCancellation(ct))
        {
            person ??= row.Person;
            if (row.Appointment is { } appointment)
            {
                appointment.Position = row.Position;
                person.Appointments.Add(appointment);
            }
        }
        if (person is null) return null;
        return (person, new Actor(person.Id, CapacitiesOf(person, day)));
    }

    public static IReadOnlyList<Capacity> CapacitiesOf(Person person, DateOnly day) =>
        Capacities.InForce(
            person.Appointments.Select(a => new Kasian.Core.Organisation.Appointment(a.Position!.Code, a.Position.Title, a.Kind, a.From, a.To)),
            day);
}
