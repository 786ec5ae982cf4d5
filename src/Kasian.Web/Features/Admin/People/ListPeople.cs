using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;

namespace Kasian.Web.Features.Admin.People;

public sealed record ListPeople : IRequest<Result<Listing<PersonView>>>, IRecordsReading;

public sealed class ListPeopleHandler(KasianDbContext db, RequestActor actor, TimeProvider clock) : IRequestHandler<ListPeople, Result<Listing<PersonView>>>
{
    public async ValueTask<Result<Listing<PersonView>>> Handle(ListPeople request, CancellationToken ct) =>
        new Listing<PersonView>(await PersonViews.LoadAsync(db, actor.Current.OrganisationId, ThaiDate.BangkokDate(clock.GetUtcNow()), null, ct));
}

public static class ListPeopleEndpoint
{
    public static void Map(RouteGroupBuilder people) =>
        people.MapGet("/", async (IMediator mediator, CancellationToken ct) => (await mediator.Send(new ListPeople(), ct)).ToHttp(Results.Ok))
            .Produces<Listing<PersonView>>()
            .WithName(nameof(ListPeople))
            .WithSummary("The office's people, active and deactivated, with roles, capacities today and appointments (administrators and auditors).");
}
