using System.Globalization;
using Kasian.Core.Memos;
using Kasian.Web.Data;
using Kasian.Web.Data.Sql;

namespace Kasian.Web.Memos;

/// <summary>A memo read for an action, with its column values as read, so that only what the action changed is written back.</summary>
public sealed record LoadedMemo(Memo Memo, object?[] Original);

/// <summary>
/// A memo action's reads and writes in plain SQL (<see cref="RowMap{T}"/>): the memo row, its new events, an
/// attachment. The memo row is written back guarded by its concurrency token (<see cref="Memo.LastSequence"/>).
/// </summary>
public static class MemoRows
{
    /// <summary>The memo, if it belongs to the organisation of <paramref name="reader"/> (else none: another office's memo is not found).</summary>
    public static async Task<LoadedMemo?> LoadAsync(SqlSession session, MemoId id, PersonId reader, CancellationToken ct)
    {
        LoadedMemo? loaded = null;
        await session.QueryAsync([Query(session, id, reader)], async (_, rows) => loaded = await ReadAsync(session, rows, ct), ct);
        return loaded;
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

    public static async Task<LoadedMemo?> ReadAsync(SqlSession session, System.Data.Common.DbDataReader rows, CancellationToken ct)
    {
        var map = session.Map<Memo>();
        return await rows.ReadAsync(ct) && map.Read(rows) is { } memo ? new LoadedMemo(memo, map.Snapshot(memo)) : null;
    }

    /// <summary>Writes the memo's changed columns and inserts the rows that go with them; false when another writer moved the memo first.</summary>
    public static async Task<bool> SaveAsync(SqlSession session, LoadedMemo loaded, IReadOnlyList<MemoEventRecord> events, Attachment? attachment, CancellationToken ct)
    {
        var statements = new List<SqlStatement>(events.Count + 2);
        // The guarded update goes first: on PostgreSQL a second writer then waits on the row and finds it moved.
        var update = session.Map<Memo>().Update(loaded.Memo, loaded.Original, nameof(Memo.Id), nameof(Memo.LastSequence), "m");
        if (update is not null) statements.Add(update);
        var eventRows = session.Map<MemoEventRecord>();
        for (var i = 0; i < events.Count; i++) statements.Add(eventRows.Insert(events[i], "e" + i.ToString(CultureInfo.InvariantCulture) + "_", nameof(MemoEventRecord.Id)));
        if (attachment is not null) statements.Add(session.Map<Attachment>().Insert(attachment, "a"));
        if (statements.Count == 0) return true;

        // The statements run together; the guarded update touching no row shows as one row short in all.
        var expected = statements.Count;
        return await session.ExecuteAsync(statements, ct) == expected;
    }
}
