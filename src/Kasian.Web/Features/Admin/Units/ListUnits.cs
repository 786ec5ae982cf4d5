using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin.Units;

public sealed record ListUnits : IRequest<Result<Listing<UnitView>>>, IRecordsReading;

public sealed class ListUnitsHandler(KasianDbContext db, RequestActor actor) : IRequestHandler<ListUnits, Result<Listing<UnitView>>>
{
    public async ValueTask<Result<Listing<UnitView>>> Handle(ListUnits request, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking()
            .Where(u => u.OrganisationId == actor.Current.OrganisationId)
            .ToListAsync(ct);
        return new Listing<UnitView>(units.OrderBy(u => u.Name, StringComparer.Ordinal).Select(UnitView.Of).ToList());
    }
}

public static class ListUnitsEndpoint
{
    public static void Map(RouteGroupBuilder units) =>
        units.MapGet("/", async (IMediator mediator, CancellationToken ct) => (await mediator.Send(new ListUnits(), ct)).ToHttp(Results.Ok))
            .Produces<Listing<UnitView>>()
            .WithName(nameof(ListUnits))
            .WithSummary("The office's units (ส่วนราชการ/กอง), open and closed (administrators and auditors).");
}
