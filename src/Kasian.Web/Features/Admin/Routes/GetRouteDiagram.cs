using Kasian.Core.Routes;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Workflows;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin.Routes;

/// <summary>A route version drawn as SVG (<see cref="RouteDiagram"/>), with the office's titles of the positions it names.</summary>
public sealed record GetRouteDiagram(string Id, int Version) : IRequest<Result<string>>, IRecordsReading;

public sealed class GetRouteDiagramHandler(KasianDbContext db, RequestActor actor, WorkflowLibrary workflows, PublishedRoutes published)
    : IRequestHandler<GetRouteDiagram, Result<string>>
{
    public async ValueTask<Result<string>> Handle(GetRouteDiagram request, CancellationToken ct)
    {
        var organisation = actor.Current.OrganisationId;
        if (await published.FindAsync(new RouteKey(request.Id, request.Version), ct) is not { } route || !workflows.IsVisibleTo(route.Id, organisation))
            return OfficeRoutes.NotFound(request.Id, request.Version);
        var titles = await db.Positions.AsNoTracking().Where(p => p.OrganisationId == organisation)
            .Select(p => new { p.Code, p.Title }).ToListAsync(ct);
        return RouteDiagram.Draw(route, titles.ToDictionary(t => t.Code, t => t.Title, StringComparer.Ordinal));
    }
}

public static class GetRouteDiagramEndpoint
{
    public static void Map(RouteGroupBuilder routes) =>
        routes.MapGet("/{id}/versions/{version:int}/diagram.svg", async (string id, int version, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetRouteDiagram(id, version), ct)).ToHttp(svg => Results.Text(svg, "image/svg+xml; charset=utf-8")))
            .Produces<string>(contentType: "image/svg+xml")
            .WithName(nameof(GetRouteDiagram))
            .WithSummary("One route version drawn as a diagram (SVG) (administrators and auditors).");
}
