using Kasian.Core.Calendar;
using Kasian.Core.Routes;

namespace Kasian.Web.Workflows;

/// <summary>
/// The route catalog and the calendar files loaded at start-up. A memo's working calendar is its office's
/// (<see cref="OfficeCalendars"/>), which adds the holiday lists administrators publish to these files.
/// </summary>
/// <remarks>
/// Routes are the files plus every version recorded in the database, among them those offices published
/// (<see cref="PublishedRoutes"/>). A publication swaps in a whole new catalog at once, so a reader sees either the
/// old catalog or the new one, never half of each. A route id is unique across the installation, so one catalog
/// serves every office; <see cref="IsVisibleTo"/> says whose a route is.
/// </remarks>
public sealed class WorkflowLibrary
{
    private Loaded? _loaded;

    public RouteCatalog Routes => Current.Catalog;

    public HolidayFile HolidayFile { get; private set; } = HolidayFile.Empty;

    /// <summary>The route files read at start, for rebuilding the catalog when a version is published.</summary>
    internal IReadOnlyList<(string File, RouteDefinition Route)> Files => Current.Files;

    /// <summary>How many versions the database held when the catalog was built: a different count means another node published.</summary>
    internal int RecordedCount => Current.RecordedCount;

    private Loaded Current => Volatile.Read(ref _loaded) ?? throw new InvalidOperationException("Routes are loaded at start-up, before requests are served.");

    /// <summary>The office that published the route (any version), or null for a file route that serves every office.</summary>
    public Guid? OwnerOf(string routeId) => Current.Owners.TryGetValue(routeId, out var owner) ? owner : null;

    /// <summary>File routes serve every office; a published route serves only the office that published it.</summary>
    public bool IsVisibleTo(string routeId, Guid organisationId) => OwnerOf(routeId) is not { } owner || owner == organisationId;

    /// <summary>The latest version of each route this office may use.</summary>
    public IEnumerable<RouteDefinition> LatestFor(Guid organisationId) => Routes.Latest.Where(r => IsVisibleTo(r.Id, organisationId));

    internal void Load(RouteCatalog routes, HolidayFile holidays, IReadOnlyList<(string File, RouteDefinition Route)> files,
        IReadOnlyDictionary<string, Guid> owners, int recordedCount)
    {
        HolidayFile = holidays;
        Swap(routes, files, owners, recordedCount);
    }

    internal void Swap(RouteCatalog routes, IReadOnlyList<(string File, RouteDefinition Route)> files, IReadOnlyDictionary<string, Guid> owners, int recordedCount) =>
        Volatile.Write(ref _loaded, new Loaded(routes, files, owners, recordedCount));

    private sealed record Loaded(RouteCatalog Catalog, IReadOnlyList<(string File, RouteDefinition Route)> Files, IReadOnlyDictionary<string, Guid> Owners, int RecordedCount);
}
