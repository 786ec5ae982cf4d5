using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Organisation;
using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Memos;

/// <summary>Loads a person with the capacities they hold on a given day: who may act is resolved when they act.</summary>
public static class ActorLoader
{
    // Every request that acts or lists starts here, so the query is compiled once rather than looked up per call.
    private static readonly CompiledQuery<Func<KasianDbContext, PersonId, CancellationToken, Task<Person?>>> PersonWithAppointments = new(() =>
        EF.CompileAsyncQuery((KasianDbContext db, PersonId id, CancellationToken ct) =>
            db.People.AsNoTracking().Include(p => p.Appointments).ThenInclude(a => a.Position).SingleOrDefault(p => p.Id == id)));

    public static async Task<(Person Person, Actor Actor)?> LoadAsync(KasianDbContext db, PersonId id, DateOnly day, CancellationToken ct)
    {
        var person = await PersonWithAppointments.For(db)(db, id, ct);
        if (person is null) return null;
        return (person, new Actor(person.Id, CapacitiesOf(person, day)));
    }

    public static IReadOnlyList<Capacity> CapacitiesOf(Person person, DateOnly day) =>
        Capacities.InForce(
            person.Appointments.Select(a => new Kasian.Core.Organisation.Appointment(a.Position!.Code, a.Position.Title, a.Kind, a.From, a.To)),
            day);
}
