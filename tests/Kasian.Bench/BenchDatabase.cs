using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kasian.Bench;

/// <summary>
/// A fresh database for one measurement, with production durability: SQLite in WAL with synchronous=FULL,
/// PostgreSQL with its defaults (fsync on, synchronous_commit on).
/// </summary>
public abstract class BenchDatabase : IAsyncDisposable
{
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public abstract DbConnection Open();

    /// <summary>Bytes held by the memo and event tables with their indexes (and TOAST).</summary>
    public abstract Task<long> MemoStorageBytesAsync();

    public abstract ValueTask DisposeAsync();

    /// <summary>Endorsements stored: every 200 the app answered must be here.</summary>
    public async Task<long> EndorsementsStoredAsync()
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT count(*) FROM "MemoEvents" WHERE "Type" = 'StepEndorsed'""";
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public static BenchDatabase Sqlite() => new SqliteBench();

    public static BenchDatabase PostgreSql(string server) => new PostgreSqlBench(server);

    private sealed class SqliteBench : BenchDatabase
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("kasian-bench-").FullName;

        public override string Provider => "Sqlite";

        public override string ConnectionString => $"Data Source={Path.Combine(_dir, "kasian.db")}";

        public override DbConnection Open()
        {
            var connection = new SqliteConnection(ConnectionString);
            connection.Open();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;";
            pragma.ExecuteNonQuery();
            return connection;
        }

        public override async Task<long> MemoStorageBytesAsync()
        {
            await using var connection = Open();
            await using var command = connection.CreateCommand();
            // The bundled SQLite has no dbstat: pages in use, after a checkpoint has moved the WAL into the file.
            // Only the memo and event tables (and their indexes) grow during a measurement, so the difference is theirs.
            command.CommandText = """
                PRAGMA wal_checkpoint(TRUNCATE);
                SELECT (SELECT page_count FROM pragma_page_count()) - (SELECT freelist_count FROM pragma_freelist_count()),
                       (SELECT page_size FROM pragma_page_size());
                """;
            await using var reader = await command.ExecuteReaderAsync();
            await reader.NextResultAsync();
            await reader.ReadAsync();
            return reader.GetInt64(0) * reader.GetInt64(1);
        }

        public override ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgreSqlBench(string server) : BenchDatabase
    {
        private readonly Kasian.Testing.ScratchPostgreSqlDatabase _database = new(server, "kasian_bench");

        public override string Provider => "PostgreSql";

        public override string ConnectionString => _database.ConnectionString;

        public override DbConnection Open()
        {
            var connection = new NpgsqlConnection(ConnectionString);
            connection.Open();
            return connection;
        }

        public override async Task<long> MemoStorageBytesAsync()
        {
            await using var connection = Open();
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT pg_total_relation_size('"Memos"') + pg_total_relation_size('"MemoEvents"')""";
            return Convert.ToInt64(await command.ExecuteScalarAsync());
        }

        public override ValueTask DisposeAsync() => _database.DisposeAsync();
    }
}
