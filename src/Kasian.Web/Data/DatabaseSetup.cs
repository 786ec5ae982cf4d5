using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Data;

public static class DatabaseSetup
{
    /// <remarks>
    /// Contexts are pooled: every request needs one, and a pooled context skips building its services and
    /// change tracker each time. Handlers keep no state on the context, which pooling requires.
    /// </remarks>
    public static IServiceCollection AddKasianDatabase(this IServiceCollection services, KasianOptions options)
    {
        var db = options.Database;
        services.AddSingleton<Sql.SqlSessions>();
        switch (db.Provider)
        {
            case DatabaseProvider.Sqlite:
                var cs = string.IsNullOrWhiteSpace(db.ConnectionString) ? DefaultSqlite() : db.ConnectionString;
                services.AddDbContextPool<KasianDbContext, SqliteKasianDbContext>(o => o.UseSqlite(cs).ConfigureWarnings(QuietHandledFailures));
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContextPool<KasianDbContext, PostgreSqlKasianDbContext>(o => o.UseNpgsql(TunedPostgreSql(Required(db))).ConfigureWarnings(QuietHandledFailures));
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContextPool<KasianDbContext, SqlServerKasianDbContext>(o => o.UseSqlServer(Required(db)).ConfigureWarnings(QuietHandledFailures));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {db.Provider}.");
        }
        return services;
    }

    /// <summary>
    /// EF Core logs a failed command and a failed save as errors even when the caller handles them: a unique key or a
    /// concurrency token settling a race (the reminder ledger, an Idempotency-Key, two stand-in decisions) is how Kasian
    /// keeps one winner, not a fault. Whatever is not handled is logged once by whoever catches it (ExceptionProblems,
    /// the reminder dispatcher, Hangfire), with its stack, so EF's own entries go to Debug.
    /// </summary>
    private static void QuietHandledFailures(Microsoft.EntityFrameworkCore.Diagnostics.WarningsConfigurationBuilder warnings) => warnings.Log(
        (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, LogLevel.Debug),
        (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.SaveChangesFailed, LogLevel.Debug),
        (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.QueryIterationFailed, LogLevel.Debug),
        (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.OptimisticConcurrencyException, LogLevel.Debug));

    /// <summary>Applies migrations and sets the SQLite journal so readers never block the writer.</summary>
    public static async Task MigrateAsync(KasianDbContext context, ILogger log, CancellationToken ct)
    {
        if (context.Database.IsNpgsql())
        {
            // Nodes started together must not migrate together: EF's own lock was seen to let two nodes
            // apply the same migration on PostgreSQL. A session advisory lock on a separate connection
            // makes the second node wait, then find nothing left to apply.
            // Unpooled: closing it ends the session and so releases the lock. (A pooled connection with
            // No Reset On Close would keep the session, and the lock, alive in the pool.)
            var unpooled = new Npgsql.NpgsqlConnectionStringBuilder(context.Database.GetConnectionString()) { Pooling = false };
            await using var gate = new Npgsql.NpgsqlConnection(unpooled.ConnectionString);
            await gate.OpenAsync(ct);
            // No command timeout: a node waits as long as the other node's migration takes (start-up is cancelled by shutdown).
            await using (var take = new Npgsql.NpgsqlCommand("SELECT pg_advisory_lock(72401119)", gate) { CommandTimeout = 0 }) await take.ExecuteNonQueryAsync(ct);
            await context.Database.MigrateAsync(ct);
            return;
        }
        if (context.Database.IsSqlite())
        {
            await SqliteMigration.MigrateAsync(context, log, ct);
            return;
        }
        await context.Database.MigrateAsync(ct);
    }

    /// <summary>
    /// Two pool settings the endorse path measurably needs (docs/benchmarks.md), unless the connection string says
    /// otherwise. No Reset On Close: Kasian never changes session state, so the DISCARD ALL that Npgsql would send
    /// on every reuse of a pooled connection is pure cost, and it would also drop prepared statements.
    /// Max Auto Prepare: the handful of statements every request runs are prepared once per connection.
    /// </summary>
    public static string TunedPostgreSql(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var tuned = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose")) tuned.NoResetOnClose = true;
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare")) tuned.MaxAutoPrepare = 32;
        return tuned.ConnectionString;
    }

    private static string Required(KasianOptions.DatabaseOptions db) =>
        string.IsNullOrWhiteSpace(db.ConnectionString)
            ? throw new InvalidOperationException($"Kasian:Database:ConnectionString is required for {db.Provider}.")
            : db.ConnectionString;

    /// <summary>
    /// data/kasian.db at the repository root when run from a checkout (<c>dotnet run</c> starts in the project's
    /// folder, not where the command was typed), else under the directory Kasian was started from.
    /// </summary>
    private static string DefaultSqlite()
    {
        var root = Directory.GetCurrentDirectory();
        for (var up = new DirectoryInfo(root); up is not null; up = up.Parent)
            if (File.Exists(Path.Combine(up.FullName, "Kasian.slnx"))) { root = up.FullName; break; }
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(data);
        return $"Data Source={Path.Combine(data, "kasian.db")}";
    }
}
