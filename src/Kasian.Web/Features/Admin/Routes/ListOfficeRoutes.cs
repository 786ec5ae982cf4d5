using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Workflows;
using Mediator;

namespace Kasian.Web.Features.Admin.Routes;

public sealed record ListOfficeRoutes : IRequest<Result<Listing<OfficeRouteView>>>, IRecordsReading;

public sealed class ListOfficeRoutesHandler(KasianDbContext db, RequestActor actor, PublishedRoutes published)
    : IRequestHandler<ListOfficeRoutes, Result<Listing<OfficeRouteView>>>
{
    public async ValueTask<Result<Listing<OfficeRouteView>>> Handle(ListOfficeRoutes request, CancellationToken ct) =>
        new Listing<OfficeRouteView>(await OfficeRoutes.ListAsync(db, published, actor.Current.OrganisationId, null, ct));
}

public static class ListOfficeRoutesEndpoint
{
    public static void Map(RouteGroupBuilder routes) =>
        routes.MapGet("/", async (IMediator mediator, CancellationToken ct) => (await mediator.Send(new ListOfficeRoutes(), ct)).ToHttp(Results.Ok))
            .Produces<Listing<OfficeRouteView>>()
            .WithName(nameof(ListOfficeRoutes))
            .WithSummary("Every version of the file routes and of the office's published routes, with its source (administrators and auditors).");
}
