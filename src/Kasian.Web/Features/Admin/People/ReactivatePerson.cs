using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;

namespace Kasian.Web.Features.Admin.People;

public sealed record ReactivatePerson(Guid Id) : IRequest<Result<PersonView>>, IAdministration;

public sealed class ReactivatePersonHandler(KasianDbContext db, RequestActor actor, TimeProvider clock) : IRequestHandler<ReactivatePerson, Result<PersonView>>
{
    public async ValueTask<Result<PersonView>> Handle(ReactivatePerson request, CancellationToken ct)
    {
        var signedIn = actor.Current;
        if (await PersonViews.FindAsync(db, signedIn.OrganisationId, request.Id, ct) is not { } person) return Problem.NotFound("The person");
        if (PersonInput.GuardInstallationAdministrator(signedIn, person.Roles, person.Roles, "reactivate") is { } forbidden) return forbidden;

        var now = clock.GetUtcNow();
        if (!person.Active)
        {
            person.Active = true;
            Audit.Record(db, actor, now, "person.reactivated", nameof(Person), person.Id.Value, new { person.Username });
            await db.SaveChangesAsync(ct);
        }
        return await PersonViews.LoadOneAsync(db, person.OrganisationId, ThaiDate.BangkokDate(now), person.Id.Value, ct);
    }
}

public static class ReactivatePersonEndpoint
{
    public static void Map(RouteGroupBuilder people) =>
        people.MapPost("/{id:guid}/reactivate", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ReactivatePerson(id), ct)).ToHttp(Results.Ok))
            .Produces<PersonView>()
            .WithName(nameof(ReactivatePerson))
            .WithSummary("Let a deactivated person sign in again (administrators).");
}
