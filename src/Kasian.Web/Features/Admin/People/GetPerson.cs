using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;

namespace Kasian.Web.Features.Admin.People;

public sealed record GetPerson(Guid Id) : IRequest<Result<PersonView>>, IRecordsReading;

public sealed class GetPersonHandler(KasianDbContext db, RequestActor actor, TimeProvider clock) : IRequestHandler<GetPerson, Result<PersonView>>
{
    public async ValueTask<Result<PersonView>> Handle(GetPerson request, CancellationToken ct) =>
        await PersonViews.LoadAsync(db, actor.Current.OrganisationId, ThaiDate.BangkokDate(clock.GetUtcNow()), request.Id, ct) is [var person]
            ? person
            : Problem.NotFound("The person");
}

public static class GetPersonEndpoint
{
    public static void Map(RouteGroupBuilder people) =>
        people.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => (await mediator.Send(new GetPerson(id), ct)).ToHttp(Results.Ok))
            .Produces<PersonView>()
            .WithName(nameof(GetPerson))
            .WithSummary("One person of the office (administrators and auditors).");
}
