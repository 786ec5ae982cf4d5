using System.Data.Common;

namespace Kasian.Web.Data.Sql;

/// <summary>
/// A connection lent for one unit of work, the transaction on it if one was begun, and the commands it has
/// prepared. Made by <see cref="SqlSessions"/>; disposing it rolls back a transaction left open and gives the
/// connection back.
/// </summary>
public sealed class SqlSession : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> _commands;
    private readonly Func<bool, ValueTask> _release;
    private readonly bool _keepsCommands;
    private bool _faulted;
    private bool _joined;

    /// <param name="release">Gives the connection back; told whether the work failed, so a kept connection can be dropped.</param>
    internal SqlSession(KasianDbContext db, DbConnection connection, Dictionary<string, DbCommand> commands, bool keepsCommands, Func<bool, ValueTask> release)
    {
        Db = db;
        Connection = connection;
        _commands = commands;
        _keepsCommands = keepsCommands;
        _release = release;
    }

    /// <summary>The context whose model maps the rows (<see cref="RowMap.For{T}"/>).</summary>
    public KasianDbContext Db { get; }

    public DbConnection Connection { get; }

    public DbTransaction? Transaction { get; private set; }

    public RowMap<T> Map<T>() where T : class => RowMap.For<T>(Db.Model);

    /// <summary>
    /// The command for <paramref name="sql"/>, in the current transaction. The same text gets the same command for as
    /// long as the connection lives, so SQLite prepares each statement once, not on every use.
    /// </summary>
    public DbCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Transaction = Transaction;
        return command;
    }

    /// <summary>
    /// Runs the statements in order and returns the rows they touched in all. Against a server they go as one command,
    /// one round trip (under load every round trip is another wait to be scheduled); SQLite runs in-process, so each
    /// keeps a command of its own, prepared once.
    /// </summary>
    public async Task<int> ExecuteAsync(IReadOnlyList<SqlStatement> statements, CancellationToken ct)
    {
        if (!RoundTrips)
        {
            var rows = 0;
            foreach (var statement in statements) rows += await Single(statement).ExecuteNonQueryAsync(ct);
            return rows;
        }
        return await Together(statements).ExecuteNonQueryAsync(ct);
    }

    /// <summary>Runs the queries in order and hands each one's rows to <paramref name="read"/> with its index; together, as <see cref="ExecuteAsync"/> runs statements.</summary>
    public async Task QueryAsync(IReadOnlyList<SqlStatement> queries, Func<int, DbDataReader, Task> read, CancellationToken ct)
    {
        if (!RoundTrips)
        {
            for (var i = 0; i < queries.Count; i++)
            {
                await using var rows = await Single(queries[i]).ExecuteReaderAsync(ct);
                await read(i, rows);
            }
            return;
        }
        await using var reader = await Together(queries).ExecuteReaderAsync(ct);
        for (var i = 0; i < queries.Count; i++)
        {
            if (i > 0 && !await reader.NextResultAsync(ct)) throw new InvalidOperationException($"Query {i} returned no result set.");
            await read(i, reader);
        }
    }

    /// <summary>SQLite runs in the process: a statement costs no round trip, so there is nothing to gain by sending several together.</summary>
    private bool RoundTrips => Connection is not Microsoft.Data.Sqlite.SqliteConnection;

    private DbCommand Single(SqlStatement statement)
    {
        var command = Command(statement.Sql);
        statement.Bind(command, 0);
        return command;
    }

    private DbCommand Together(IReadOnlyList<SqlStatement> statements)
    {
        var command = Command(statements.Count == 1 ? statements[0].Sql : string.Join(";\n", statements.Select(s => s.Sql)));
        var next = 0;
        foreach (var statement in statements) next = statement.Bind(command, next);
        return command;
    }

    /// <summary>Works in a transaction its owner began and ends (EF Core's, on the same connection): begin, commit and rollback here leave it alone.</summary>
    internal void Join(DbTransaction transaction)
    {
        Transaction = transaction;
        _joined = true;
    }

    public async Task BeginAsync(CancellationToken ct)
    {
        if (!_joined) Transaction = await Connection.BeginTransactionAsync(ct);
    }

    /// <summary>
    /// The work on this connection failed in a way nobody handled (an I/O error, a broken connection): the connection
    /// is not trusted again. A connection kept between sessions is then closed, and the next session opens a new one.
    /// </summary>
    public void Fault() => _faulted = true;

    public async Task CommitAsync(CancellationToken ct)
    {
        if (_joined) return;
        await Transaction!.CommitAsync(ct);
        await EndAsync();
    }

    public async Task RollbackAsync(CancellationToken ct)
    {
        if (Transaction is null || _joined) return;
        await Transaction.RollbackAsync(ct);
        await EndAsync();
    }

    private async Task EndAsync()
    {
        await Transaction!.DisposeAsync();
        Transaction = null;
    }

    public async ValueTask DisposeAsync()
    {
        // Disposing an uncommitted transaction rolls it back: an exception part-way leaves nothing half-written.
        if (Transaction is not null && !_joined) await EndAsync();
        if (!_keepsCommands)
        {
            foreach (var command in _commands.Values) await command.DisposeAsync();
            _commands.Clear();
        }
        await _release(_faulted);
    }
}
