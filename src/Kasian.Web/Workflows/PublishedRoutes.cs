using Kasian.Core.Routes;
using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Workflows;

/// <summary>
/// Keeps the running catalog in step with the versions offices publish. The node that publishes reloads at once
/// (<see cref="ReloadAsync"/>); every other node within <see cref="Interval"/>, by comparing the number of recorded
/// versions (versions are never deleted, so a different count means a new one), or sooner when asked for a route it
/// does not know (<see cref="FindLatestAsync"/>, <see cref="FindAsync"/>).
/// </summary>
public sealed class PublishedRoutes(WorkflowLibrary library, IServiceScopeFactory scopes, TimeProvider clock, ILogger<PublishedRoutes> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The latest version of a route this office may use, reading the database once if this node does not know it.</summary>
    public async ValueTask<RouteDefinition?> FindLatestAsync(string routeId, Guid organisationId, CancellationToken ct)
    {
        if (library.Routes.FindLatest(routeId) is null) await ReloadAsync(ct);
        return library.Routes.FindLatest(routeId) is { } route && library.IsVisibleTo(routeId, organisationId) ? route : null;
    }

    /// <summary>One version, reading the database once if this node does not know it (a memo on a version published elsewhere).</summary>
    public async ValueTask<RouteDefinition?> FindAsync(RouteKey key, CancellationToken ct)
    {
        if (library.Routes.Find(key) is { } known) return known;
        await ReloadAsync(ct);
        return library.Routes.Find(key);
    }

    /// <summary>Rebuilds the catalog from the route files and every recorded version, and swaps it in whole.</summary>
    public async Task ReloadAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            // Its own scope: the caller may hold a write transaction (SQLite's one writer) that this read must not join.
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KasianDbContext>();
            var rows = await db.RouteVersions.AsNoTracking().ToListAsync(ct);
            var catalog = RouteCatalog.Build(library.Files, WorkflowLoader.Parse(rows));
            library.Swap(catalog, library.Files, Owners(rows), rows.Count);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Which office published each published route; file routes are not listed.</summary>
    public static IReadOnlyDictionary<string, Guid> Owners(IEnumerable<RouteVersionRecord> rows) =>
        rows.Where(r => r.OrganisationId is not null).GroupBy(r => r.RouteId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().OrganisationId!.Value, StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await Task.Delay(Interval, clock, ct);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<KasianDbContext>();
                if (await db.RouteVersions.CountAsync(ct) != library.RecordedCount) await ReloadAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database that is down now may be up at the next round; the refresh must not stop for good.
                log.LogError(e, "Could not refresh the published routes");
            }
        }
    }
}
