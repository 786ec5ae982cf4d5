using Kasian.Core.Routes;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Workflows;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin.Routes;

/// <summary>Publishes a route, or a new version of one of the office's routes, from its JSON: the import, and what the editor sends.</summary>
public sealed record PublishRoute(string? Json) : IRequest<Result<PublishedRoute>>, IAdministration;

/// <param name="Created">False when this very version, with this very content, was already published (a repeated import).</param>
public sealed record PublishedRoute(OfficeRouteView Route, bool Created);

public sealed class PublishRouteHandler(KasianDbContext db, RequestActor actor, WorkflowLibrary workflows, PublishedRoutes published, TimeProvider clock)
    : IRequestHandler<PublishRoute, Result<PublishedRoute>>
{
    public async ValueTask<Result<PublishedRoute>> Handle(PublishRoute request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Json)) return Problem.Invalid("$", "required: the route as JSON");
        // The same parser, and so the same messages, as route files at start-up.
        var (route, errors) = RouteParser.Parse("(published)", request.Json);
        if (route is null) return Problem.Invalid(OfficeRoutes.ByPath(errors));
        var organisation = actor.Current.OrganisationId;
        var versions = await db.RouteVersions.AsNoTracking().Where(r => r.RouteId == route.Id).ToListAsync(ct);
        if (versions.Any(r => r.OrganisationId is null) || workflows.Files.Any(f => f.Route.Id == route.Id))
            return Problem.Conflict("route-from-file",
                $"'{route.Id}' is a route file that serves every office: an office cannot publish a version of it. Publish your route under a new id.");
        if (versions.Any(r => r.OrganisationId != organisation))
            return Problem.Conflict("route-id-taken", $"The route id '{route.Id}' is used by another office: a route id is unique in Kasian. Choose another id.");
        var office = await OfficeRoutes.CheckOfficeAsync(db, organisation, route, ct);
        if (office.Count > 0) return Problem.Invalid(office);
        if (versions.FirstOrDefault(r => r.Version == route.Version) is { } same)
            return same.Hash == route.ContentHash
                ? new PublishedRoute(await ViewAsync(route.Key, ct), false)
                : Problem.Conflict("version-exists", $"{route.Key} differs from a version already published: bump the version to change a route");
        if (versions.Count > 0 && versions.Max(r => r.Version) is var latest && latest > route.Version)
            return Problem.Conflict("version-behind", $"{route.Id} is at v{latest} already: publish a higher version (v{latest + 1}).");

        var now = clock.GetUtcNow();
        db.RouteVersions.Add(new RouteVersionRecord
        {
            RouteId = route.Id, Version = route.Version, Hash = route.ContentHash, Json = route.CanonicalJson, RecordedAt = now,
            OrganisationId = organisation, PublishedById = actor.Current.Person.Id.Value,
        });
        Audit.Record(db, actor, now, "route.published", "Route", null, new { route.Id, route.Version, Hash = route.ContentHash });
        if (await AdminChanges.SaveAsync(db, Problem.Conflict("version-exists", $"{route.Key} was published by someone else at the same moment."), ct) is { } clash)
            return clash;
        await published.ReloadAsync(ct);
        return new PublishedRoute(await ViewAsync(route.Key, ct), true);
    }

    private async Task<OfficeRouteView> ViewAsync(RouteKey key, CancellationToken ct) =>
        (await OfficeRoutes.ListAsync(db, published, actor.Current.OrganisationId, key.Id, ct)).Single(v => v.Version == key.Version);
}

public static class PublishRouteEndpoint
{
    public static void Map(RouteGroupBuilder routes) =>
        routes.MapPost("/", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
            {
                using var reader = new StreamReader(http.Body);
                var json = await reader.ReadToEndAsync(ct);
                return (await mediator.Send(new PublishRoute(json), ct)).ToHttp(p =>
                    p.Created ? Results.Created($"/api/admin/routes/{p.Route.Id}/versions/{p.Route.Version}", p.Route) : Results.Ok(p.Route));
            })
            .Accepts<object>("application/json")
            .Produces<OfficeRouteView>(StatusCodes.Status201Created)
            .WithName(nameof(PublishRoute))
            .WithSummary("Publish a route or a new version of one of the office's routes from its JSON (administrators); errors are keyed by JSON path.");
}
