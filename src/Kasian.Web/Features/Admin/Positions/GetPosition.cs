using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;

namespace Kasian.Web.Features.Admin.Positions;

public sealed record GetPosition(Guid Id) : IRequest<Result<PositionView>>, IRecordsReading;

public sealed class GetPositionHandler(KasianDbContext db, RequestActor actor, TimeProvider clock) : IRequestHandler<GetPosition, Result<PositionView>>
{
    public async ValueTask<Result<PositionView>> Handle(GetPosition request, CancellationToken ct) =>
        (await PositionViews.LoadAsync(db, actor.Current.OrganisationId, ThaiDate.BangkokDate(clock.GetUtcNow()), request.Id, ct)) is [var position]
            ? position
            : Problem.NotFound("The position");
}

public static class GetPositionEndpoint
{
    public static void Map(RouteGroupBuilder positions) =>
        positions.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => (await mediator.Send(new GetPosition(id), ct)).ToHttp(Results.Ok))
            .Produces<PositionView>()
            .WithName(nameof(GetPosition))
            .WithSummary("One position of the office, with who holds or acts in it today (administrators and auditors).");
}
