using System.Security.Cryptography;
using Kasian.Web.Data;
using Kasian.Web.Tests.Infrastructure;
using Kasian.Web.Tests.MultiNode;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Tests;

/// <summary>
/// A process killed while EF migrates SQLite leaves a row in <c>__EFMigrationsLock</c>, and EF waits on that row with
/// no time limit. Each test starts a real Kasian process on a file left that way; it must be ready within 30 s, and a
/// start that hangs fails here as a timeout (the process is killed when the test ends).
/// </summary>
[Collection(nameof(SeparateProcesses))]
public sealed class SqliteStartupLockTests : IAsyncLifetime
{
    /// <summary>Every SQLite migration the build ships: a database migrated to the end has this many history rows.</summary>
    private static readonly long AllMigrations = typeof(Kasian.Web.Data.SqliteKasianDbContext).Assembly.GetTypes()
        .Count(t => t.Namespace == "Kasian.Web.Data.Migrations.Sqlite" && t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration)));

    private static readonly TimeSpan Ready = TimeSpan.FromSeconds(30);

    /// <summary>EF Core 10's own lock table, as a migrated database holds it (read back with sqlite3 <c>.schema</c>).</summary>
    private const string EfLockTable = """
        CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
            "Timestamp" TEXT NOT NULL
        );
        """;

    private const string LeftBehind = """INSERT INTO "__EFMigrationsLock"("Id", "Timestamp") VALUES(1, '2026-11-24 01:59:58.1234567+00:00');""";

    private readonly TestDatabase _database = TestDatabase.Sqlite();
    private KasianNode? _node;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_node is not null) await _node.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_migrated_database_with_a_lock_row_left_behind_is_ready_within_30_s()
    {
        await MigrateAsync();
        await ExecuteAsync(LeftBehind);

        _node = Start();

        await _node.WaitReadyAsync(Ready);
    }

    [Fact]
    public async Task A_database_left_part_migrated_with_a_lock_row_is_migrated_and_ready_within_30_s()
    {
        // As an upgrade killed midway leaves it: the first migration applied, EF's lock table holding its row.
        await MigrateAsync("20261124030331_Initial");
        await ExecuteAsync(LeftBehind);

        _node = Start();

        await _node.WaitReadyAsync(Ready);
        Assert.Equal(AllMigrations, await ExecuteAsync("SELECT COUNT(*) FROM \"__EFMigrationsHistory\""));
        Assert.Equal(0L, await ExecuteAsync("SELECT COUNT(*) FROM \"__EFMigrationsLock\""));
    }

    [Fact]
    public async Task A_new_database_whose_first_start_was_killed_holding_the_lock_is_migrated_and_ready_within_30_s()
    {
        await ExecuteAsync(EfLockTable + LeftBehind);

        _node = Start();

        await _node.WaitReadyAsync(Ready);
        Assert.Equal(AllMigrations, await ExecuteAsync("SELECT COUNT(*) FROM \"__EFMigrationsHistory\""));
    }

    [Fact]
    public async Task A_start_waits_to_migrate_while_another_live_process_is_migrating_the_same_file()
    {
        var gate = await OpenGateAsAnotherProcessAsync();
        try
        {
            _node = Start();
            await _node.WaitForLogAsync("another process is applying migrations to this database", Ready);
            // A moment in which a start that ignored the gate would create EF's history table.
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.Equal(0L, await ExecuteAsync("SELECT COUNT(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory'"));
        }
        finally
        {
            await gate.DisposeAsync();
        }

        await _node.WaitReadyAsync(Ready);
    }

    private KasianNode Start() => KasianNode.Start(_database, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    private async Task MigrateAsync(string? target = null)
    {
        var options = new DbContextOptionsBuilder<SqliteKasianDbContext>().UseSqlite(_database.ConnectionString).Options;
        await using var db = new SqliteKasianDbContext(options);
        await db.Database.MigrateAsync(target);
    }

    /// <summary>
    /// Holds the file lock Kasian takes next to the database before migrating, as a second Kasian process would.
    /// The path comes from SQLite itself, as Kasian gets it, so a symlinked temp folder cannot make the two differ.
    /// </summary>
    private async Task<FileStream> OpenGateAsAnotherProcessAsync()
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        return new FileStream(connection.DataSource + ".migrate.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
    }

    private async Task<long> ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync() is long value ? value : 0L;
    }
}
