using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;

namespace Kasian.Web.Features.Admin.People;

/// <param name="Roles">The person's roles after the change, all of them; [] for none.</param>
public sealed record EditPerson(Guid Id, string? DisplayName, string? Email, IReadOnlyList<string>? Roles) : IRequest<Result<PersonView>>, IAdministration;

public sealed record EditPersonBody(string? DisplayName, string? Email, IReadOnlyList<string>? Roles);

public sealed class EditPersonHandler(KasianDbContext db, RequestActor actor, TimeProvider clock) : IRequestHandler<EditPerson, Result<PersonView>>
{
    public async ValueTask<Result<PersonView>> Handle(EditPerson request, CancellationToken ct)
    {
        var signedIn = actor.Current;
        if (await PersonViews.FindAsync(db, signedIn.OrganisationId, request.Id, ct) is not { } person) return Problem.NotFound("The person");
        var checks = new Checks();
        var displayName = PersonInput.DisplayName(checks, "displayName", request.DisplayName);
        var email = PersonInput.Email(checks, "email", request.Email);
        // Required, so that a client which leaves the field out does not strip someone's roles by accident.
        if (request.Roles is null) checks.Fail("roles", "The person's roles are required: the full list after the change, [] for none.");
        var roles = PersonInput.Roles(checks, "roles", request.Roles);
        if (checks.Problem is { } invalid) return invalid;
        if (PersonInput.GuardRoleChange(signedIn, person.Roles, roles) is { } forbidden) return forbidden;
        // The caller stays an administrator, so an office always keeps at least one.
        if (person.Id == signedIn.Person.Id && !roles.HasFlag(Roles.Administrator))
            return Problem.Conflict("own-administrator-role",
                "You cannot remove your own administrator role; another administrator of your office must, so the office is never left without one.");

        var now = clock.GetUtcNow();
        (person.DisplayName, person.Email, person.Roles) = (displayName!, email, roles);
        Audit.Record(db, actor, now, "person.updated", nameof(Person), person.Id.Value,
            new { person.Username, person.DisplayName, person.Email, roles = RoleNames.Codes(roles) });
        await db.SaveChangesAsync(ct);
        return await PersonViews.LoadOneAsync(db, person.OrganisationId, ThaiDate.BangkokDate(now), person.Id.Value, ct);
    }
}

public static class EditPersonEndpoint
{
    public static void Map(RouteGroupBuilder people) =>
        people.MapPut("/{id:guid}", async (Guid id, EditPersonBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new EditPerson(id, body.DisplayName, body.Email, body.Roles), ct)).ToHttp(Results.Ok))
            .Produces<PersonView>()
            .WithName(nameof(EditPerson))
            .WithSummary("Change a person's name, e-mail and roles (administrators); the username never changes.");
}
