using Kasian.Core.Memos;
using Kasian.Core.Routes;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin.Routes;

/// <summary>A route version as the administration pages and API list it.</summary>
/// <param name="Source"><c>file</c> (serves every office) or <c>office</c> (published in Kasian by this office).</param>
public sealed record OfficeRouteView(string Id, int Version, string Name, string? NameEn, string Source, bool Latest, DateTimeOffset RecordedAt,
    string? PublishedBy, string Hash, int Steps);

/// <summary>What the route use cases share: which versions an office sees, and errors keyed by JSON path.</summary>
public static class OfficeRoutes
{
    public const string FileSource = "file";
    public const string OfficeSource = "office";

    /// <summary>File routes' versions and this office's own: what an office's administrators and auditors may read.</summary>
    public static IQueryable<RouteVersionRecord> VisibleTo(KasianDbContext db, Guid organisationId) =>
        db.RouteVersions.AsNoTracking().Where(r => r.OrganisationId == null || r.OrganisationId == organisationId);

    public static async Task<IReadOnlyList<OfficeRouteView>> ListAsync(KasianDbContext db, PublishedRoutes published, Guid organisationId, string? routeId, CancellationToken ct)
    {
        var records = await VisibleTo(db, organisationId).Where(r => routeId == null || r.RouteId == routeId).ToListAsync(ct);
        var ids = records.Select(r => r.PublishedById).OfType<Guid>().Distinct().Select(g => new PersonId(g)).ToList();
        var names = (await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.DisplayName }).ToListAsync(ct))
            .ToDictionary(p => p.Id.Value, p => p.DisplayName);
        var rows = records.Select(r => new { Row = r, By = r.PublishedById is { } by ? names.GetValueOrDefault(by) : null }).ToList();
        var views = new List<OfficeRouteView>();
        foreach (var r in rows.OrderBy(r => r.Row.RouteId, StringComparer.Ordinal).ThenByDescending(r => r.Row.Version))
        {
            if (await published.FindAsync(new RouteKey(r.Row.RouteId, r.Row.Version), ct) is not { } route) continue;
            var latest = rows.Where(x => x.Row.RouteId == r.Row.RouteId).Max(x => x.Row.Version) == r.Row.Version;
            views.Add(new OfficeRouteView(route.Id, route.Version, route.Name.Th, route.Name.En, r.Row.OrganisationId is null ? FileSource : OfficeSource,
                latest, r.Row.RecordedAt, r.By, r.Row.Hash, route.Steps.Count));
        }
        return views;
    }

    /// <summary>The parser's errors as problem details' <c>errors</c>: the JSON path, then every reason for it.</summary>
    public static Dictionary<string, string[]> ByPath(IEnumerable<RouteError> errors) =>
        errors.GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// A published route serves one office, so every position it names must be one of that office's (open) posts. Reported
    /// like the parser's errors, by JSON path. Units have no codes in Kasian yet, so originators.units cannot be checked here.
    /// </summary>
    public static async Task<Dictionary<string, string[]>> CheckOfficeAsync(KasianDbContext db, Guid organisationId, RouteDefinition route, CancellationToken ct)
    {
        var codes = (await db.Positions.AsNoTracking().Where(p => p.OrganisationId == organisationId && p.Active).Select(p => p.Code).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var errors = new List<RouteError>();
        void Check(string path, string? code)
        {
            if (code is not null && !codes.Contains(code)) errors.Add(new RouteError("", path, $"position '{code}' does not exist in this office (or is abolished)"));
        }
        void Step(RouteStep step, string path)
        {
            Check($"{path}.position", step.Position);
            Check($"{path}.escalateTo", step.EscalateTo);
        }
        for (var i = 0; i < route.Nodes.Count; i++)
        {
            if (route.Nodes[i] is RouteStep step) Step(step, $"$.steps[{i}]");
            else if (route.Nodes[i] is ParallelGroup group)
                for (var j = 0; j < group.Branches.Count; j++) Step(group.Branches[j], $"$.steps[{i}].parallel.steps[{j}]");
        }
        for (var k = 0; k < route.Originators.Positions.Count; k++) Check($"$.originators.positions[{k}]", route.Originators.Positions[k]);
        return ByPath(errors);
    }

    public static Problem NotFound(string id, int version) => Problem.NotFound($"The route {id} v{version}");
}
