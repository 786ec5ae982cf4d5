namespace Kasian.Web.Common;

/// <summary>
/// The database cannot write: its disk is full, its file or server is read-only, or the device fails. Nothing about
/// the request is wrong and nothing was written (the transaction rolled back), so the answer is 503 with
/// Retry-After and the code <c>storage-unavailable</c> (<see cref="ExceptionProblems"/>), and /health/ready says
/// not ready while it lasts, so a load balancer sends people to a node that can write.
/// <para>
/// A full disk often shows only when a write commits, which the readiness probe's no-op write does not do; so a
/// fault seen by any request also keeps this node unready for <see cref="Window"/> after the last one.
/// </para>
/// </summary>
public sealed class StorageFaults(TimeProvider clock)
{
    public const string Code = "storage-unavailable";

    /// <summary>How long a client should wait, and how long one fault keeps the node unready.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    private long _lastTicks = long.MinValue;
    private string? _lastReason;

    public static Problem Problem { get; } = new(503, Code, "Storage unavailable",
        "Kasian cannot write to its database right now (disk full, read-only or failing); nothing was saved. Try again shortly.");

    /// <summary>Whether <paramref name="e"/> (or what it wraps) is the database saying it cannot store, not that the request was wrong.</summary>
    public static bool IsFault(Exception? e, out string reason)
    {
        for (; e is not null; e = e.InnerException)
        {
            reason = e switch
            {
                // Primary result codes; extended ones (SQLITE_IOERR_WRITE = 778, ...) carry them in the low byte.
                Microsoft.Data.Sqlite.SqliteException s => (s.SqliteErrorCode & 0xFF) switch
                {
                    13 => "SQLite: database or disk is full",
                    8 => "SQLite: the database is read-only",
                    10 => "SQLite: disk I/O error",
                    14 => "SQLite: the database file cannot be opened",
                    _ => "",
                },
                Npgsql.PostgresException p => p.SqlState switch
                {
                    "53100" => "PostgreSQL: disk full",
                    "25006" => "PostgreSQL: read-only transaction",
                    "58030" => "PostgreSQL: I/O error",
                    _ => "",
                },
                Microsoft.Data.SqlClient.SqlException q => q.Number switch
                {
                    1105 or 9002 => "SQL Server: the database or its log is full",
                    3906 => "SQL Server: the database is read-only",
                    _ => "",
                },
                _ => "",
            };
            if (reason.Length > 0) return true;
        }
        reason = "";
        return false;
    }

    public void Seen(string reason)
    {
        _lastReason = reason;
        Interlocked.Exchange(ref _lastTicks, clock.GetUtcNow().UtcTicks);
    }

    /// <summary>The last fault's reason while it is within <see cref="Window"/>; null once writes have had a quiet window.</summary>
    public string? Recent()
    {
        var last = Interlocked.Read(ref _lastTicks);
        return last != long.MinValue && clock.GetUtcNow().UtcTicks - last < Window.Ticks ? _lastReason : null;
    }
}
