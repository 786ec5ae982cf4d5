using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kasian.Web.Data.Sql;

/// <summary>
/// Lends connections for plain-SQL work (<see cref="SqlSession"/>).
/// <para>
/// Writing on SQLite: SQLite lets one writer in at a time whatever Kasian does, so Kasian's memo actions take turns
/// on one long-lived connection. Its statements stay prepared from one action to the next (preparing them again
/// cost more than the commit), and a writer waits here in order instead of retrying against SQLite's busy lock.
/// Other writers (the reminder sweep, composing a memo) keep their own connections and meet it at SQLite's lock.
/// </para>
/// <para>Writing on PostgreSQL or SQL Server, and reading anywhere: the request's own pooled connection.</para>
/// </summary>
public sealed class SqlSessions : IAsyncDisposable
{
    private readonly SemaphoreSlim _writerTurn = new(1, 1);
    private readonly Dictionary<string, DbCommand> _writerCommands = [];
    private SqliteConnection? _writer;

    /// <summary>
    /// Tests only: work to run inside a memo action after it has read the memo and before it writes, to land another
    /// writer (a reminder) in exactly that window. Null in production.
    /// </summary>
    internal Func<Guid, CancellationToken, Task>? BetweenReadAndWrite { get; set; }

    /// <summary>Tests only: work to run inside a reminder job after it has read the memo and before it writes. Null in production.</summary>
    internal Func<Guid, CancellationToken, Task>? BetweenReminderReadAndWrite { get; set; }

    /// <summary>Tests only: work to run right after a memo action commits, to land another writer before the action answers. Null in production.</summary>
    internal Func<Guid, CancellationToken, Task>? AfterCommit { get; set; }

    public async ValueTask<SqlSession> ForWritingAsync(KasianDbContext db, CancellationToken ct)
    {
        // SqliteKasianDbContext rather than Database.IsSqlite(): the latter resolves a service on every call.
        if (db is not SqliteKasianDbContext) return await ForReadingAsync(db, ct);
        await _writerTurn.WaitAsync(ct);
        try
        {
            if (_writer is null)
            {
                var writer = new SqliteConnection(db.Database.GetConnectionString());
                await writer.OpenAsync(ct);
                _writer = writer;
            }
            return new SqlSession(db, _writer, _writerCommands, keepsCommands: true, async faulted =>
            {
                // A writer that failed is not used again: the next action opens a new one rather than every action
                // failing on a broken connection until Kasian restarts.
                if (faulted) await CloseWriterAsync();
                _writerTurn.Release();
            });
        }
        catch
        {
            _writerTurn.Release();
            throw;
        }
    }

    /// <summary>The context's own connection, opened through EF Core so that queries the caller runs next share it.</summary>
    public static async ValueTask<SqlSession> ForReadingAsync(KasianDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        return new SqlSession(db, db.Database.GetDbConnection(), [], keepsCommands: false, async _ => await db.Database.CloseConnectionAsync());
    }

    /// <summary>
    /// The context's own connection, in the context's transaction when it has one (its owner then commits or rolls it
    /// back): for a write that must stand or fall with EF Core's work around it, as creating a memo does with its
    /// idempotency key. Without one, the session begins and commits its own.
    /// </summary>
    public static async ValueTask<SqlSession> InContextAsync(KasianDbContext db, CancellationToken ct)
    {
        var session = await ForReadingAsync(db, ct);
        if (db.Database.CurrentTransaction is { } ambient) session.Join(ambient.GetDbTransaction());
        return session;
    }

    /// <summary>Tests only: the writer connection, to break it.</summary>
    internal SqliteConnection? Writer => _writer;

    public async ValueTask DisposeAsync()
    {
        await _writerTurn.WaitAsync();
        await CloseWriterAsync();
        _writerTurn.Dispose();
    }

    private async Task CloseWriterAsync()
    {
        foreach (var command in _writerCommands.Values) await command.DisposeAsync();
        _writerCommands.Clear();
        if (_writer is not null) await _writer.DisposeAsync();
        _writer = null;
    }
}
