using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Data;

/// <summary>Applies pending migrations to a SQLite database without ever waiting on a lock left by a dead process.</summary>
/// <remarks>
/// EF's SQLite migration lock is a row in <c>__EFMigrationsLock</c>: inserted before EF even looks for pending
/// migrations, deleted when it is done, and waited on with no time limit while present. A process killed in between
/// leaves the row, and every later start hung. SQLite runs one node, so the only processes that meet here are a few
/// started at once on one machine: a file lock next to the database orders them instead, and the kernel drops a file
/// lock when its holder dies, so it cannot be left behind. (A <c>dotnet ef database update</c> run by hand does not
/// take that file lock: do not run one while Kasian starts.)
/// </remarks>
internal static class SqliteMigration
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(5);

    public static async Task MigrateAsync(KasianDbContext context, ILogger log, CancellationToken ct)
    {
        // Most starts have nothing to apply: not calling EF's migrate then also skips its lock.
        if ((await context.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            var file = await DatabaseFileAsync(context, ct);
            // No file for a database only this process can see (in memory, temporary): nobody to wait for, no stale row.
            await using var gate = file is null ? null : await TakeGateAsync(file + ".migrate.lock", log, ct);
            if (gate is not null) await ClearStaleLockAsync(context, log, ct);
            await context.Database.MigrateAsync(ct);
        }
        await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    /// <summary>
    /// The file SQLite itself opened (an open connection's DataSource is <c>sqlite3_db_filename</c>): relative paths,
    /// <c>|DataDirectory|</c> and <c>file:</c> URIs are resolved as SQLite resolves them, rather than by parsing them again here.
    /// </summary>
    private static async Task<string?> DatabaseFileAsync(KasianDbContext context, CancellationToken ct)
    {
        await context.Database.OpenConnectionAsync(ct);
        try { return context.Database.GetDbConnection().DataSource is { Length: > 0 } name and not ":memory:" ? name : null; }
        finally { await context.Database.CloseConnectionAsync(); }
    }

    /// <summary>
    /// Waits for any other process migrating this file. The lock file stays on disk: deleting it on release would let
    /// a process that had opened it before the delete and one that creates it afresh both hold "the" lock.
    /// </summary>
    private static async Task<FileStream> TakeGateAsync(string path, ILogger log, CancellationToken ct)
    {
        // Real elapsed time, not the app's TimeProvider: tests replace that with a clock that only moves when told.
        var waited = Stopwatch.StartNew();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                // FileShare.None is an exclusive flock on Unix, a sharing lock on Windows: both end with the process.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException))
            {
                if (attempt == 0) log.LogInformation("Waiting for {LockFile}: another process is applying migrations to this database", path);
                if (waited.Elapsed > MaxWait)
                    throw new TimeoutException($"Another process has held {path} for {MaxWait.TotalMinutes} minutes while migrating this database. Stop it, then start Kasian again.", e);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
        }
    }

    /// <summary>Holding the gate, no live process is migrating: a row in EF's lock table was left by one that died.</summary>
    private static async Task ClearStaleLockAsync(KasianDbContext context, ILogger log, CancellationToken ct)
    {
        var exists = await context.Database
            .SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
            .SingleAsync(ct);
        if (exists > 0 && await context.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\";", ct) > 0)
            log.LogWarning("Removed the migration lock a process left in __EFMigrationsLock when it stopped while migrating");
    }
}
