using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Kasian.Web.Tests.Hardening;

/// <summary>
/// A full disk, made by SQLite itself: <c>PRAGMA max_page_count</c> caps the file at its present size, so a write
/// that needs a new page fails with the real SQLITE_FULL. Unlike a read-only database, a full one still takes the
/// readiness probe's no-op write; the failed request is what keeps the node unready, for the window after it.
/// </summary>
public sealed class FullDiskTests : IAsyncLifetime
{
    private readonly FullDisk _disk = new();
    private readonly KasianApp _app;

    public FullDiskTests() =>
        _app = new KasianApp(TestDatabase.Sqlite(), services: s => s.ConfigureDbContext<SqliteKasianDbContext>(o => o.AddInterceptors(_disk)));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_full_disk_answers_503_and_the_node_is_unready_until_a_quiet_window_passes()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        var anonymous = _app.CreateClient();
        var before = await StoredState.ReadAsync(_app);
        var body = new { unit = "สำนักปลัด", subject = "ดิสก์เต็ม", to = "นายก", body = new string('ก', 20_000) };

        _disk.On = true;
        var refused = await thapthim.Http.PostAsJsonAsync("/api/memos", body);
        Assert.Equal(TimeSpan.FromSeconds(30), refused.Headers.RetryAfter?.Delta);
        var problem = await ApiClient.ProblemAsync(refused, HttpStatusCode.ServiceUnavailable, "storage-unavailable");
        Assert.DoesNotContain("SQLite", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var health = await anonymous.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(before, await StoredState.ReadAsync(_app));

        _app.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);
        _disk.On = false;
        Assert.Equal(HttpStatusCode.Created, (await thapthim.Http.PostAsJsonAsync("/api/memos", body)).StatusCode);
    }

    [Fact]
    public void SQLite_and_PostgreSQL_storage_codes_are_faults_and_a_unique_key_is_not()
    {
        Assert.True(StorageFaults.IsFault(new SqliteException("database or disk is full", 13), out _));
        Assert.True(StorageFaults.IsFault(new SqliteException("attempt to write a readonly database", 8, 1032), out _));
        Assert.True(StorageFaults.IsFault(new DbUpdateException("save failed", new SqliteException("disk I/O error", 778)), out _));
        Assert.True(StorageFaults.IsFault(new SqliteException("disk I/O error", 10, 778), out _));
        foreach (var state in new[] { "53100", "25006", "58030" })
            Assert.True(StorageFaults.IsFault(new InvalidOperationException("wrapped", new Npgsql.PostgresException("no", "ERROR", "ERROR", state)), out _), state);
        Assert.False(StorageFaults.IsFault(new SqliteException("UNIQUE constraint failed", 19, 2067), out _));
        Assert.False(StorageFaults.IsFault(new Npgsql.PostgresException("duplicate key", "ERROR", "ERROR", "23505"), out _));
        Assert.False(StorageFaults.IsFault(new InvalidOperationException("a bug"), out _));
    }

    /// <summary>Caps every EF Core connection's database at its present size while <see cref="On"/>.</summary>
    private sealed class FullDisk : DbConnectionInterceptor
    {
        public volatile bool On;

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = Command(connection);
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = Command(connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        // A cap below the file's size is raised to the size: 1 means "no bigger than now".
        private DbCommand Command(DbConnection connection)
        {
            var command = connection.CreateCommand();
            command.CommandText = On ? "PRAGMA max_page_count = 1" : "PRAGMA max_page_count = 1073741823";
            return command;
        }
    }
}
