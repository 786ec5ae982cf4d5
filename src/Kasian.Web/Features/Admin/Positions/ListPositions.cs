using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;

namespace Kasian.Web.Features.Admin.Positions;

public sealed record ListPositions : IRequest<Result<Listing<PositionView>>>, IRecordsReading;

public sealed class ListPositionsHandler(KasianDbContext db, RequestActor actor, TimeProvider clock)
    : IRequestHandler<ListPositions, Result<Listing<PositionView>>>
{
    public async ValueTask<Result<Listing<PositionView>>> Handle(ListPositions request, CancellationToken ct) =>
        new Listing<PositionView>(await PositionViews.LoadAsync(db, actor.Current.OrganisationId, ThaiDate.BangkokDate(clock.GetUtcNow()), null, ct));
}

public static class ListPositionsEndpoint
{
    public static void Map(RouteGroupBuilder positions) =>
        positions.MapGet("/", async (IMediator mediator, CancellationToken ct) => (await mediator.Send(new ListPositions(), ct)).ToHttp(Results.Ok))
            .Produces<Listing<PositionView>>()
            .WithName(nameof(ListPositions))
            .WithSummary("The office's positions with their unit, superior, and who holds or acts in each today (administrators and auditors).");
}
