using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Features.Admin.Appointments;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Kasian.Web.Features.Admin.People;

/// <summary>
/// Creates the people of a CSV file (<see cref="PeopleCsv.Columns"/>) and the appointments it names, all or nothing.
/// </summary>
/// <param name="Csv">The file's text (decoded with <see cref="CsvRecords.Decode"/>).</param>
public sealed record ImportPeople(string Csv) : IRequest<Result<ImportDone>>, IAdministration;

public sealed record ImportDone(int Created, int Appointments);

public sealed class ImportPeopleHandler(KasianDbContext db, RequestActor actor, IPasswordHasher<Person> hasher, TimeProvider clock)
    : IRequestHandler<ImportPeople, Result<ImportDone>>
{
    public async ValueTask<Result<ImportDone>> Handle(ImportPeople request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (rows, errors) = await PeopleCsv.CheckAsync(request.Csv, actor.Current, db, ThaiDate.BangkokDate(now), ct);
        if (errors.Count > 0)
            return new Problem(400, "validation-failed", "Invalid input", Summary(errors), errors);
        if (rows.Count == 0) return Problem.Invalid("line 2", "The file has a header but no people.");

        var appointments = new List<(ImportRow Row, Appointment Appointment)>();
        foreach (var row in rows)
        {
            row.Person.PasswordHash = hasher.HashPassword(row.Person, row.Password);
            if (row.Position is { } position)
                appointments.Add((row, new Appointment
                {
                    OrganisationId = row.Person.OrganisationId, PersonId = row.Person.Id, PositionId = position.Id, Kind = row.Kind,
                    From = row.From, OrderReference = row.OrderReference, CreatedAt = now,
                }));
        }
        // The file was checked above; the appointment rules are checked again inside the transaction that writes, so
        // an appointment made meanwhile by someone else cannot slip in between.
        var candidates = appointments.Select(a => (a.Appointment.PositionId, a.Row.Position!.Code,
            new AppointmentSpan(a.Appointment.Id, a.Row.Person.Id, a.Row.Person.DisplayName, a.Row.Kind, a.Row.From, null)));
        var taken = AdminChanges.Duplicate("Someone created one of the file's usernames at the same moment, so nothing was imported; send the file again to see which.");
        var refused = await AppointmentRules.SaveCheckedAsync(db, candidates.ToList(), () => Write(rows, appointments, now), ct, onDuplicate: taken);
        if (refused is not null) return refused;
        return new ImportDone(rows.Count, appointments.Count);
    }

    private void Write(List<ImportRow> rows, List<(ImportRow Row, Appointment Appointment)> appointments, DateTimeOffset now)
    {
        foreach (var row in rows)
        {
            var person = row.Person;
            db.People.Add(person);
            Audit.Record(db, actor, now, "person.created", nameof(Person), person.Id.Value,
                new { person.Username, person.DisplayName, person.Email, roles = RoleNames.Codes(person.Roles), source = "csv-import", line = row.Line });
        }
        foreach (var (row, appointment) in appointments)
        {
            db.Appointments.Add(appointment);
            Audit.Record(db, actor, now, "appointment.created", nameof(Appointment), appointment.Id, new
            {
                person = row.Person.Username, position = row.Position!.Code, kind = AppointmentKinds.Code(row.Kind),
                appointment.From, appointment.To, appointment.OrderReference, source = "csv-import", line = row.Line,
            });
        }
    }

    /// <summary>The first few bad lines in full; every one of them is in the problem's errors.</summary>
    private static string Summary(Dictionary<string, string[]> errors)
    {
        const int Shown = 5;
        var lines = errors.Take(Shown).Select(e => $"{e.Key}: {string.Join(" ", e.Value)}");
        var more = errors.Count > Shown ? $" (and {errors.Count - Shown} more lines)" : "";
        return $"{errors.Count} line(s) of the file are wrong, so nothing was imported. {string.Join(" ", lines)}{more} Fix them and send the whole file again.";
    }
}

public static class ImportPeopleEndpoint
{
    /// <summary>300 rows of Thai names with an order reference each fit well within this; a bigger upload is refused before it is read.</summary>
    public const long MaxBytes = 128 * 1024;

    public static void Map(RouteGroupBuilder people) =>
        people.MapPost("/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
            {
                if (!MediaTypeHeaderValue.TryParse(http.ContentType, out var type) || !type.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase)
                    || (type.Charset.HasValue && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
                    return new Problem(415, "unsupported-media-type", "Unsupported media type",
                        "Send the file as the request body with Content-Type: text/csv (UTF-8).").ToHttp();
                using var body = new MemoryStream();
                await http.Body.CopyToAsync(body, ct);
                var (text, problem) = CsvRecords.Decode(body.ToArray());
                if (problem is not null) return problem.ToHttp();
                return (await mediator.Send(new ImportPeople(text!), ct)).ToHttp(Results.Ok);
            })
            .Accepts<string>("text/csv")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBytes))
            .Produces<ImportDone>()
            .WithName(nameof(ImportPeople))
            .WithSummary("Import people (and their appointments) from a UTF-8 CSV file, all or nothing; each bad row is reported by its line (administrators).");
}
