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
    public static async Task<LoadedMemo?> LoadAsync(SqlSession session, MemoId id, Guid organisationId, CancellationToken ct)
    {
        var map = session.Map<Memo>();
        var command = session.Command(map.Statement("in-organisation", m =>
            $"SELECT {m.SelectList()} FROM {RowMap.Quote(m.Table)} WHERE {m.Quoted(nameof(Memo.Id))} = @p0 AND {m.Quoted(nameof(Memo.OrganisationId))} = @p1"));
        map[nameof(Memo.Id)].Bind(command, 0, id, "p0");
        map[nameof(Memo.OrganisationId)].Bind(command, 1, organisationId, "p1");
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) && map.Read(reader) is { } memo ? new LoadedMemo(memo, map.Snapshot(memo)) : null;
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
