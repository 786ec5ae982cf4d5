using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;

namespace Kasian.Web.Features.Admin.People;

/// <summary>
/// Stops a person from signing in or acting, at once: the access behaviour refuses a deactivated account on every
/// request, so a token they already hold stops working too. Never a delete: their name stays on the record.
/// </summary>
public sealed record DeactivatePerson(Guid Id) : IRequest<Result<PersonView>>, IAdministration;

public sealed class DeactivatePersonHandler(KasianDbContext db, RequestActor actor, TimeProvider clock) : IRequestHandler<DeactivatePerson, Result<PersonView>>
{
    public async ValueTask<Result<PersonView>> Handle(DeactivatePerson request, CancellationToken ct)
    {
        var signedIn = actor.Current;
        if (await PersonViews.FindAsync(db, signedIn.OrganisationId, request.Id, ct) is not { } person) return Problem.NotFound("The person");
        if (person.Id == signedIn.Person.Id)
            return Problem.Conflict("own-account",
                "You cannot deactivate your own account; another administrator of your office must, so the office is never left without one.");
        if (PersonInput.GuardInstallationAdministrator(signedIn, person.Roles, person.Roles, "deactivate") is { } forbidden) return forbidden;

        var now = clock.GetUtcNow();
        if (person.Active)
        {
            person.Active = false;
            Audit.Record(db, actor, now, "person.deactivated", nameof(Person), person.Id.Value, new { person.Username });
            await db.SaveChangesAsync(ct);
        }
        return await PersonViews.LoadOneAsync(db, person.OrganisationId, ThaiDate.BangkokDate(now), person.Id.Value, ct);
    }
}

public static class DeactivatePersonEndpoint
{
    public static void Map(RouteGroupBuilder people) =>
        people.MapPost("/{id:guid}/deactivate", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new DeactivatePerson(id), ct)).ToHttp(Results.Ok))
            .Produces<PersonView>()
            .WithName(nameof(DeactivatePerson))
            .WithSummary("Deactivate a person: they can no longer sign in, and tokens they hold stop working; never deleted (administrators).");
}
