using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Organisation;
using Kasian.Web.Data;
using Kasian.Web.Data.Sql;

namespace Kasian.Web.Memos;

/// <summary>Loads a person with the capacities they hold on a given day: who may act is resolved when they act.</summary>
public static class ActorLoader
{
    public static async Task<(Person Person, Actor Actor)?> LoadAsync(KasianDbContext db, PersonId id, DateOnly day, CancellationToken ct)
    {
        await using var session = await SqlSessions.ForReadingAsync(db, ct);
        return await LoadAsync(session, id, day, ct);
    }

    /// <summary>Every request that acts or lists starts here, so it is one plain query (<see cref="Query"/>).</summary>
    public static async Task<(Person Person, Actor Actor)?> LoadAsync(SqlSession session, PersonId id, DateOnly day, CancellationToken ct)
    {
        (Person, Actor)? loaded = null;
        await session.QueryAsync([Query(session, id)], async (_, reader) => loaded = await ReadAsync(session, reader, day, ct), ct);
        return loaded;
    }

    /// <summary>The person joined to each appointment and its position: one row per appointment (or one row with none).</summary>
    public static SqlStatement Query(SqlSession session, PersonId id)
    {
        var (people, appointments, positions) = (session.Map<Person>(), session.Map<Data.Appointment>(), session.Map<Position>());
        var sql = people.Statement("with-appointments", p =>
            $"""
            SELECT {p.SelectList("p")}, {appointments.SelectList("a")}, {positions.SelectList("q")}
            FROM {RowMap.Quote(p.Table)} p
            LEFT JOIN {RowMap.Quote(appointments.Table)} a ON a.{appointments.Quoted(nameof(Data.Appointment.PersonId))} = p.{p.Quoted(nameof(Person.Id))}
            LEFT JOIN {RowMap.Quote(positions.Table)} q ON q.{positions.Quoted(nameof(Position.Id))} = a.{appointments.Quoted(nameof(Data.Appointment.PositionId))}
            WHERE p.{p.Quoted(nameof(Person.Id))} = @actor
            """);
        return new SqlStatement(sql, (command, first) =>
        {
            people[nameof(Person.Id)].Bind(command, first, id, "actor");
            return first + 1;
        });
    }

    /// <summary>Reads what <see cref="Query"/> returns; the capacities are those in force on <paramref name="day"/>.</summary>
    public static async Task<(Person Person, Actor Actor)?> ReadAsync(SqlSession session, System.Data.Common.DbDataReader reader, DateOnly day, CancellationToken ct)
    {
        var (people, appointments, positions) = (session.Map<Person>(), session.Map<Data.Appointment>(), session.Map<Position>());
        Person? person = null;
        while (await reader.ReadAsync(ct))
        {
            person ??= people.Read(reader)!;
            if (appointments.Read(reader, people.ColumnCount) is { } appointment)
            {
                appointment.Position = positions.Read(reader, people.ColumnCount + appointments.ColumnCount);
                person.Appointments.Add(appointment);
            }
        }
        if (person is null) return null;
        return (person, new Actor(person.Id, CapacitiesOf(person, day)));
    }

    public static IReadOnlyList<Capacity> CapacitiesOf(Person person, DateOnly day) =>
        Capacities.InForce(
            person.Appointments.Select(a => new Kasian.Core.Organisation.Appointment(a.Position!.Code, a.Position.Title, a.Kind, a.From, a.To, a.OrderReference, a.Scope)),
            day);
}
