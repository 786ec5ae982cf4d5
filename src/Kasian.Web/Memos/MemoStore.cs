using System.Data.Common;
using System.Globalization;
using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Web.Data;
using Kasian.Web.Data.Sql;

namespace Kasian.Web.Memos;

/// <summary>A memo read for an action, with its column values as read, so that only what the action changed is written back.</summary>
public sealed record LoadedMemo(Memo Memo, object?[] Original)
{
    /// <summary>The memo as the engine sees it: what its events have made it.</summary>
    public MemoState State { get; } = MemoProjection.StateOf(Memo);
}

/// <summary>
/// The one way anything reaches the memo row: the engine's events, folded by <see cref="MemoEngine.Evolve"/>, the row
/// written from the result (<see cref="MemoProjection"/>) and the events appended, in the caller's transaction, in plain
/// SQL (<see cref="RowMap{T}"/>). Creating, editing, every action, the reminder sweep and the demo seed all write here.
/// An existing memo's row is written back guarded by its concurrency token (<see cref="Memo.LastSequence"/>).
/// </summary>
public static class MemoStore
{
    /// <summary>The memo, if it belongs to the organisation of <paramref name="reader"/> (else none: another office's memo is not found).</summary>
    public static async Task<LoadedMemo?> LoadAsync(SqlSession session, MemoId id, PersonId reader, CancellationToken ct) =>
        await LoadAsync(session, Query(session, id, reader), ct);

    /// <summary>The memo, for Kasian's own work on it (the reminder sweep), whoever's office it is in.</summary>
    public static async Task<LoadedMemo?> LoadAsync(SqlSession session, MemoId id, CancellationToken ct)
    {
        var memos = session.Map<Memo>();
        var sql = memos.Statement("by-id", m => $"SELECT {m.SelectList()} FROM {RowMap.Quote(m.Table)} WHERE {m.Quoted(nameof(Memo.Id))} = @memo");
        return await LoadAsync(session, new SqlStatement(sql, (command, first) =>
        {
            memos[nameof(Memo.Id)].Bind(command, first, id, "memo");
            return first + 1;
        }), ct);
    }

    /// <summary>
    /// The memo row, in the reader's organisation. The organisation comes from the reader's own row, in SQL, so that this
    /// query can go to the server together with the actor's (<see cref="ActorLoader.Query"/>) in one round trip.
    /// </summary>
    public static SqlStatement Query(SqlSession session, MemoId id, PersonId reader)
    {
        var (memos, people) = (session.Map<Memo>(), session.Map<Person>());
        var sql = memos.Statement("in-readers-organisation", m =>
            $"""
            SELECT {m.SelectList()} FROM {RowMap.Quote(m.Table)}
            WHERE {m.Quoted(nameof(Memo.Id))} = @memo AND {m.Quoted(nameof(Memo.OrganisationId))} =
                (SELECT {people.Quoted(nameof(Person.OrganisationId))} FROM {RowMap.Quote(people.Table)} WHERE {people.Quoted(nameof(Person.Id))} = @reader)
            """);
        return new SqlStatement(sql, (command, first) =>
        {
            memos[nameof(Memo.Id)].Bind(command, first, id, "memo");
            people[nameof(Person.Id)].Bind(command, first + 1, reader, "reader");
            return first + 2;
        });
    }

    public static async Task<LoadedMemo?> ReadAsync(SqlSession session, DbDataReader rows, CancellationToken ct)
    {
        var map = session.Map<Memo>();
        return await rows.ReadAsync(ct) && map.Read(rows) is { } memo ? new LoadedMemo(memo, map.Snapshot(memo)) : null;
    }

    /// <summary>
    /// Inserts a new memo of <paramref name="organisation"/> made by its first events (a <see cref="MemoCreated"/>
    /// first), with the rows that go with it; returns the row as written.
    /// </summary>
    public static async Task<Memo> CreateAsync(
        SqlSession session, MemoId id, Guid organisation, PersonId originator, IReadOnlyList<MemoEvent> events, EventActor actor, DateTimeOffset now,
        IReadOnlyList<SqlStatement> alongside, CancellationToken ct)
    {
        if (events is not [MemoCreated, ..]) throw new ArgumentException("A memo begins with its creation.", nameof(events));
        var memo = new Memo { Id = id, OrganisationId = organisation, OriginatorPositionTitle = "", Unit = "", Subject = "", To = "", Body = "", RouteId = "" };
        var records = Record(memo, MemoState.Unwritten(originator), events, actor, now);
        var statements = new List<SqlStatement>(records.Count + alongside.Count + 1) { session.Map<Memo>().Insert(memo, "m") };
        AddEvents(session, statements, records);
        statements.AddRange(alongside);
        await session.ExecuteAsync(statements, ct);
        return memo;
    }

    /// <summary>
    /// Appends the events the engine decided on <paramref name="loaded"/>'s state, writes the row's changed columns and
    /// inserts the rows that go with them, in the session's transaction. Null when another writer moved the memo first
    /// (nothing is written then that the caller's rollback does not undo); else the event rows, and the row as written.
    /// </summary>
    public static async Task<IReadOnlyList<MemoEventRecord>?> AppendAsync(
        SqlSession session, LoadedMemo loaded, IReadOnlyList<MemoEvent> events, EventActor actor, DateTimeOffset now,
        IReadOnlyList<SqlStatement> alongside, CancellationToken ct)
    {
        var records = Record(loaded.Memo, loaded.State, events, actor, now);
        var statements = new List<SqlStatement>(records.Count + alongside.Count + 1);
        // The guarded update goes first: on PostgreSQL a second writer then waits on the row and finds it moved.
        var update = session.Map<Memo>().Update(loaded.Memo, loaded.Original, nameof(Memo.Id), nameof(Memo.LastSequence), "m");
        if (update is not null) statements.Add(update);
        AddEvents(session, statements, records);
        statements.AddRange(alongside);
        if (statements.Count == 0) return records;

        // The statements run together; the guarded update touching no row shows as one row short in all.
        return await session.ExecuteAsync(statements, ct) == statements.Count ? records : null;
    }

    /// <summary>Folds the events into the state, writes the result onto the row, and returns the events' rows, numbered after the memo's last.</summary>
    private static List<MemoEventRecord> Record(Memo memo, MemoState state, IReadOnlyList<MemoEvent> events, EventActor actor, DateTimeOffset now)
    {
        var records = new List<MemoEventRecord>(events.Count);
        foreach (var e in events)
        {
            state = MemoEngine.Evolve(state, e, now);
            records.Add(new MemoEventRecord
            {
                MemoId = memo.Id,
                Sequence = state.LastSequence,
                Type = e.Type,
                Payload = EventJson.Serialize(e),
                At = now,
                ActorId = actor.Id,
                ActorUsername = actor.Username,
                ActorName = actor.Name,
                Address = actor.Address,
            });
            // What the record chain links (Chain/RecordSealer): hashed here so the same INSERT stores it, no extra round trip.
            records[^1].ContentHash = Chain.ContentHash.Of(memo.OrganisationId, records[^1]);
        }
        MemoProjection.Write(state, memo);
        return records;
    }

    private static void AddEvents(SqlSession session, List<SqlStatement> statements, List<MemoEventRecord> records)
    {
        var eventRows = session.Map<MemoEventRecord>();
        for (var i = 0; i < records.Count; i++)
            statements.Add(eventRows.Insert(records[i], "e" + i.ToString(CultureInfo.InvariantCulture) + "_", nameof(MemoEventRecord.Id)));
    }

    private static async Task<LoadedMemo?> LoadAsync(SqlSession session, SqlStatement query, CancellationToken ct)
    {
        LoadedMemo? loaded = null;
        await session.QueryAsync([query], async (_, rows) => loaded = await ReadAsync(session, rows, ct), ct);
        return loaded;
    }
}
