using Kasian.Web.Common;
using Kasian.Web.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kasian.Web.Health;

/// <summary>
/// /health/live: the process answers. /health/ready: the database answers, its schema is current and it can write,
/// so a load balancer only sends traffic to a node that can serve it.
/// </summary>
public static class HealthSetup
{
    public static IServiceCollection AddKasianHealth(this IServiceCollection services)
    {
        services.AddSingleton<StorageFaults>();
        services.AddHealthChecks().AddCheck<DatabaseReady>("database", tags: ["ready"]);
        return services;
    }

    public static void MapKasianHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
    }

    private sealed class DatabaseReady(KasianDbContext db, StorageFaults storage) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            if (!await db.Database.CanConnectAsync(cancellationToken)) return HealthCheckResult.Unhealthy("The database does not answer.");
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0) return HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}");
            if (await WriteRefusedAsync(cancellationToken) is { } refused)
            {
                storage.Seen(refused);
                return HealthCheckResult.Unhealthy($"The database cannot write: {refused}.");
            }
            return storage.Recent() is { } recent
                ? HealthCheckResult.Unhealthy($"A write failed in the last {StorageFaults.Window.TotalSeconds:0} seconds: {recent}.")
                : HealthCheckResult.Healthy();
        }

        /// <summary>
        /// A write that changes nothing: it still needs the database's write access, so a read-only file, mount, server or
        /// transaction refuses it. It takes SQLite's write lock for an instant, which is why it is not run per request.
        /// </summary>
        private async Task<string?> WriteRefusedAsync(CancellationToken ct)
        {
            // The table name comes from the model, not from input.
            var probe = "UPDATE \"" + db.Model.FindEntityType(typeof(Installation))!.GetTableName() + "\" SET \"Id\" = \"Id\" WHERE 1 = 0";
            try
            {
                await db.Database.ExecuteSqlRawAsync(probe, ct);
                return null;
            }
            catch (Exception e) when (StorageFaults.IsFault(e, out var reason))
            {
                return reason;
            }
        }
    }
}
