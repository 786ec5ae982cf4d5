using Kasian.Core.Calendar;
using Kasian.Core.Routes;
using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Workflows;

/// <summary>
/// Reads route files at start-up, checks them against the versions already recorded in the database,
/// and records new ones. A bad file stops start-up with file, JSON path and reason.
/// </summary>
public static class WorkflowLoader
{
    public static string FindDirectory(KasianOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.Routes.Directory))
            return Path.GetFullPath(options.Routes.Directory, Directory.GetCurrentDirectory());

        // The repository's workflows/, wherever the app was started from; else the copy in the build output.
        foreach (var start in new[] { Directory.GetCurrentDirectory(), contentRoot })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "workflows", "route.schema.json")))
                    return Path.Combine(dir.FullName, "workflows");
        return Path.Combine(AppContext.BaseDirectory, "workflows");
    }

    public static async Task LoadAsync(WorkflowLibrary library, KasianDbContext db, string directory, TimeProvider clock, CancellationToken ct)
    {
        var files = ReadRoutes(directory);
        var recorded = await db.RouteVersions.AsNoTracking().ToListAsync(ct);
        CheckNotPublished(files, recorded);
        var catalog = RouteCatalog.Build(files, Parse(recorded));
        var known = recorded.Select(r => new RouteKey(r.RouteId, r.Version)).ToHashSet();
        foreach (var (_, route) in files.Where(f => !known.Contains(f.Route.Key)))
            db.RouteVersions.Add(new RouteVersionRecord { RouteId = route.Id, Version = route.Version, Hash = route.ContentHash, Json = route.CanonicalJson, RecordedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            // Another node starting at the same moment recorded the same versions first; check against what it wrote.
            db.ChangeTracker.Clear();
            var now = await db.RouteVersions.AsNoTracking().ToListAsync(ct);
            catalog = RouteCatalog.Build(files, Parse(now));
        }

        var rows = await db.RouteVersions.AsNoTracking().ToListAsync(ct);
        library.Load(catalog, ReadHolidayFiles(Path.Combine(directory, "calendars")), files, PublishedRoutes.Owners(rows), rows.Count);
    }

    /// <summary>A route id is one route across the installation: a file may not take the id of a route an office published.</summary>
    private static void CheckNotPublished(List<(string File, RouteDefinition Route)> files, List<RouteVersionRecord> recorded)
    {
        var owners = PublishedRoutes.Owners(recorded);
        var errors = files.Where(f => owners.ContainsKey(f.Route.Id))
            .Select(f => new RouteError(f.File, "$.id", $"'{f.Route.Id}' is a route an office published in Kasian: a route file needs an id of its own"))
            .ToList();
        if (errors.Count > 0) throw new RouteDefinitionException(errors);
    }

    /// <summary>
    /// Every calendar file's holidays together (a national file plus, say, a provincial one), on the
    /// office hours of the first. No directory means no holidays from files, only weekends and what
    /// administrators publish (<see cref="OfficeCalendars"/>).
    /// </summary>
    private static HolidayFile ReadHolidayFiles(string directory)
    {
        if (!Directory.Exists(directory)) return HolidayFile.Empty;
        var errors = new List<RouteError>();
        var files = new List<HolidayFile>();
        foreach (var path in Directory.GetFiles(directory, "*.json").Where(p => !p.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var (file, problems) = CalendarFile.Read(Path.Combine("calendars", Path.GetFileName(path)), File.ReadAllText(path));
            errors.AddRange(problems);
            if (file is not null) files.Add(file);
        }
        if (errors.Count > 0) throw new RouteDefinitionException(errors);
        return HolidayFile.Merge(files);
    }

    internal static IEnumerable<RouteDefinition> Parse(IEnumerable<RouteVersionRecord> recorded) =>
        recorded.Select(r => RouteParser.Parse($"(recorded {r.RouteId} v{r.Version})", r.Json).Route).OfType<RouteDefinition>();

    private static List<(string File, RouteDefinition Route)> ReadRoutes(string directory)
    {
        if (!Directory.Exists(directory))
            throw new RouteDefinitionException([new RouteError(directory, "$", "the routes directory does not exist (set Kasian:Routes:Directory)")]);

        var errors = new List<RouteError>();
        var routes = new List<(string, RouteDefinition)>();
        foreach (var path in Directory.GetFiles(directory, "*.json").Where(p => !p.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var (route, problems) = RouteParser.Parse(Path.GetFileName(path), File.ReadAllText(path));
            errors.AddRange(problems);
            if (route is not null) routes.Add((Path.GetFileName(path), route));
        }
        if (errors.Count > 0) throw new RouteDefinitionException(errors);
        if (routes.Count == 0) throw new RouteDefinitionException([new RouteError(directory, "$", "no route definitions (*.json) found")]);
        return routes;
    }
}
