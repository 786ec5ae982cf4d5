using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Data;

public static class DatabaseSetup
{
    public static IServiceCollection AddKasianDatabase(this IServiceCollection services, KasianOptions options)
    {
        var db = options.Database;
        switch (db.Provider)
        {
            case DatabaseProvider.Sqlite:
                var cs = string.IsNullOrWhiteSpace(db.ConnectionString) ? DefaultSqlite() : db.ConnectionString;
                services.AddDbContext<KasianDbContext, SqliteKasianDbContext>(o => o.UseSqlite(cs));
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<KasianDbContext, PostgreSqlKasianDbContext>(o => o.UseNpgsql(Required(db)));
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<KasianDbContext, SqlServerKasianDbContext>(o => o.UseSqlServer(Required(db)));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {db.Provider}.");
        }
        return services;
    }

    /// <summary>Applies migrations and sets the SQLite journal so readers never block the writer.</summary>
    public static async Task MigrateAsync(KasianDbContext context, CancellationToken ct)
    {
        if (context.Database.IsNpgsql())
        {
            // Nodes started together must not migrate together: EF's own lock was seen to let two nodes
            // apply the same migration on PostgreSQL. A session advisory lock on a separate connection
            // makes the second node wait, then find nothing left to apply.
            await using var gate = new Npgsql.NpgsqlConnection(context.Database.GetConnectionString());
            await gate.OpenAsync(ct);
            await using (var take = new Npgsql.NpgsqlCommand("SELECT pg_advisory_lock(72401119)", gate)) await take.ExecuteNonQueryAsync(ct);
            await context.Database.MigrateAsync(ct);
            return;
        }
        await context.Database.MigrateAsync(ct);
        if (context.Database.IsSqlite())
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    private static string Required(KasianOptions.DatabaseOptions db) =>
        string.IsNullOrWhiteSpace(db.ConnectionString)
            ? throw new InvalidOperationException($"Kasian:Database:ConnectionString is required for {db.Provider}.")
            : db.ConnectionString;

    /// <summary>./data/kasian.db under the directory Kasian was started from.</summary>
    private static string DefaultSqlite()
    {
        var dir = Path.Combine(Directory.GetCurrentDirectory(), "data");
        Directory.CreateDirectory(dir);
        return $"Data Source={Path.Combine(dir, "kasian.db")}";
    }
}
