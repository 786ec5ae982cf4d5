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
        // Missing server = failed test, never a skipped one: the test command starts PostgreSQL.
        private readonly Kasian.Testing.ScratchPostgreSqlDatabase _database = new(
            Environment.GetEnvironmentVariable("KASIAN_TEST_POSTGRES")
                ?? throw new InvalidOperationException("KASIAN_TEST_POSTGRES is not set: run the tests with scripts/test.sh, which starts PostgreSQL."),
            "kasian_test");

        public override string Provider => "PostgreSql";

        public override string ConnectionString => _database.ConnectionString;

        public override ValueTask DisposeAsync() => _database.DisposeAsync();
    }
}
