namespace Kasian.Web.Tests.Infrastructure;

/// <summary>A database for one test app: a real SQLite file in a temporary folder, deleted afterwards.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public abstract ValueTask DisposeAsync();

    public static TestDatabase Sqlite() => new SqliteTestDatabase();

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
}
