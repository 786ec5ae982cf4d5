namespace Kasian.Core.Routes;

/// <summary>
/// Every route version Kasian knows: the current files plus versions that memos are still on.
/// (id, version) is an identity: the same pair with other content is refused ("bump the version"),
/// because memos already routed on it must keep meaning what they meant.
/// </summary>
public sealed class RouteCatalog
{
    private readonly Dictionary<RouteKey, RouteDefinition> _all;
    private readonly Dictionary<string, RouteDefinition> _latest;

    private RouteCatalog(Dictionary<RouteKey, RouteDefinition> all)
    {
        _all = all;
        _latest = all.Values.GroupBy(r => r.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.Version)!, StringComparer.Ordinal);
    }

    public IEnumerable<RouteDefinition> Latest => _latest.Values.OrderBy(r => r.Id, StringComparer.Ordinal);

    public RouteDefinition? Find(RouteKey key) => _all.GetValueOrDefault(key);

    public RouteDefinition? FindLatest(string id) => _latest.GetValueOrDefault(id);

    /// <summary>Builds the catalog from parsed files, checked against versions recorded earlier (e.g. in the database).</summary>
    public static RouteCatalog Build(IEnumerable<(string File, RouteDefinition Route)> files, IEnumerable<RouteDefinition> recorded)
    {
        var errors = new List<RouteError>();
        var all = new Dictionary<RouteKey, RouteDefinition>();
        var origin = new Dictionary<RouteKey, string>();
        foreach (var r in recorded) { all[r.Key] = r; origin[r.Key] = "(recorded)"; }

        foreach (var (file, route) in files)
        {
            if (all.TryGetValue(route.Key, out var existing) && existing.ContentHash != route.ContentHash)
            {
                var where = origin[route.Key] == "(recorded)" ? "a version already in use" : origin[route.Key];
                errors.Add(new RouteError(file, "$.version", $"{route.Key} differs from {where}: bump the version to change a route"));
                continue;
            }
            all[route.Key] = route;
            origin[route.Key] = file;
        }
        if (errors.Count > 0) throw new RouteDefinitionException(errors);
        return new RouteCatalog(all);
    }
}
