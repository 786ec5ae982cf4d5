using Npgsql;

namespace Kasian.Web.Tests.Infrastructure;

/// <summary>A database for one test app: a real SQLite file in a temporary folder, deleted afterwards.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public abstract ValueTask DisposeAsync();

    public static TestDatabase Sqlite() => new SqliteTestDatabase();

    /// <summary>A new database on the PostgreSQL server that scripts/test.sh starts (KASIAN_TEST_POSTGRES).</summary>
    public static TestDatabase PostgreSql() => new PostgreSqlTestDatabase();

    private sealed class SqliteTestDatabase : TestDatabase
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("kasian-test-").FullName;

        public override string Provider => "Sqlite";

        public override string ConnectionString => $"Data Source={Path.Combine(_dir, "kasian.db")}";

        public override ValueTask DisposeAsync()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgreSqlTestDatabase : TestDatabase
    {
        private readonly string _server;
        private readonly string _name = "kasian_test_" + Guid.NewGuid().ToString("N")[..12];

        public PostgreSqlTestDatabase()
        {
            // Missing server = failed test, never a skipped one: the test command starts PostgreSQL.
            _server = Environment.GetEnvironmentVariable("KASIAN_TEST_POSTGRES")
                ?? throw new InvalidOperationException("KASIAN_TEST_POSTGRES is not set: run the tests with scripts/test.sh, which starts PostgreSQL.");
            using var connection = new NpgsqlConnection(_server);
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {_name} ENCODING 'UTF8'", connection);
            command.ExecuteNonQuery();
        }

        public override string Provider => "PostgreSql";

        public override string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

        public override async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
