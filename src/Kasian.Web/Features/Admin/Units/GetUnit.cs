using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin.Units;

public sealed record GetUnit(Guid Id) : IRequest<Result<UnitView>>, IRecordsReading;

public sealed class GetUnitHandler(KasianDbContext db, RequestActor actor) : IRequestHandler<GetUnit, Result<UnitView>>
{
    public async ValueTask<Result<UnitView>> Handle(GetUnit request, CancellationToken ct) =>
        await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.Id && u.OrganisationId == actor.Current.OrganisationId, ct) is { } unit
            ? UnitView.Of(unit)
            : Problem.NotFound("The unit");
}

public static class GetUnitEndpoint
{
    public static void Map(RouteGroupBuilder units) =>
        units.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => (await mediator.Send(new GetUnit(id), ct)).ToHttp(Results.Ok))
            .Produces<UnitView>()
            .WithName(nameof(GetUnit))
            .WithSummary("One unit of the office (administrators and auditors).");
}
