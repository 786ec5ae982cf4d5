using System.Text;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin.Routes;

/// <summary>A route version's JSON exactly as stored: what <see cref="PublishRoute"/> takes back, to the same content hash.</summary>
public sealed record ExportRoute(string Id, int Version) : IRequest<Result<string>>, IRecordsReading;

public sealed class ExportRouteHandler(KasianDbContext db, RequestActor actor) : IRequestHandler<ExportRoute, Result<string>>
{
    public async ValueTask<Result<string>> Handle(ExportRoute request, CancellationToken ct) =>
        await OfficeRoutes.VisibleTo(db, actor.Current.OrganisationId)
            .Where(r => r.RouteId == request.Id && r.Version == request.Version).Select(r => r.Json).FirstOrDefaultAsync(ct) is { } json
            ? json
            : OfficeRoutes.NotFound(request.Id, request.Version);
}

public static class ExportRouteEndpoint
{
    public static void Map(RouteGroupBuilder routes) =>
        routes.MapGet("/{id}/versions/{version:int}", async (string id, int version, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ExportRoute(id, version), ct)).ToHttp(json =>
                    Results.File(Encoding.UTF8.GetBytes(json), "application/json", $"{id}-v{version}.json")))
            .Produces<object>(contentType: "application/json")
            .WithName(nameof(ExportRoute))
            .WithSummary("Export one route version as the JSON stored (a file download) (administrators and auditors).");
}
