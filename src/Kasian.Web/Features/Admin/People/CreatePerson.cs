using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin.People;

/// <param name="Roles">Role codes (administrator, clerk, auditor, installation-administrator); none for someone who only acts in positions.</param>
public sealed record CreatePerson(string? Username, string? DisplayName, string? Email, string? Password, IReadOnlyList<string>? Roles = null)
    : IRequest<Result<PersonView>>, IAdministration;

public sealed class CreatePersonHandler(KasianDbContext db, RequestActor actor, IPasswordHasher<Person> hasher, TimeProvider clock)
    : IRequestHandler<CreatePerson, Result<PersonView>>
{
    public async ValueTask<Result<PersonView>> Handle(CreatePerson request, CancellationToken ct)
    {
        var checks = new Checks();
        var username = PersonFields.Username(checks, "username", request.Username);
        var displayName = PersonInput.DisplayName(checks, "displayName", request.DisplayName);
        var email = PersonInput.Email(checks, "email", request.Email);
        PersonFields.Password(checks, "password", request.Password);
        var roles = PersonInput.Roles(checks, "roles", request.Roles);
        if (checks.Problem is { } invalid) return invalid;
        if (PersonInput.GuardRoleChange(actor.Current, Roles.None, roles) is { } forbidden) return forbidden;
        if (await db.People.AnyAsync(p => p.Username == username, ct)) return PersonInput.UsernameTaken(username!);

        var now = clock.GetUtcNow();
        var person = new Person
        {
            OrganisationId = actor.Current.OrganisationId,
            Username = username!,
            DisplayName = displayName!,
            Email = email,
            PasswordHash = "",
            Roles = roles,
        };
        person.PasswordHash = hasher.HashPassword(person, request.Password!);
        db.People.Add(person);
        Audit.Record(db, actor, now, "person.created", nameof(Person), person.Id.Value,
            new { person.Username, person.DisplayName, person.Email, roles = RoleNames.Codes(roles) });
        if (await AdminChanges.SaveAsync(db, PersonInput.UsernameTaken(username!), ct) is { } clash) return clash;
        return await PersonViews.LoadOneAsync(db, person.OrganisationId, ThaiDate.BangkokDate(now), person.Id.Value, ct);
    }
}

public static class CreatePersonEndpoint
{
    public static void Map(RouteGroupBuilder people) =>
        people.MapPost("/", async (CreatePerson request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(request, ct)).ToHttp(p => Results.Created($"/api/admin/people/{p.Id}", p)))
            .Produces<PersonView>(StatusCodes.Status201Created)
            .WithName(nameof(CreatePerson))
            .WithSummary("Add a person to the office with a first password and roles (administrators). Usernames are unique installation-wide.");
}
