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
        map[nameof(Memo.Id)].Bind(command, 0, id);
        map[nameof(Memo.OrganisationId)].Bind(command, 1, organisationId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) && map.Read(reader) is { } memo ? new LoadedMemo(memo, map.Snapshot(memo)) : null;
    }

    /// <summary>Writes the memo's changed columns and inserts the rows that go with them; false when another writer moved the memo first.</summary>
    public static async Task<bool> SaveAsync(SqlSession session, LoadedMemo loaded, IReadOnlyList<MemoEventRecord> events, Attachment? attachment, CancellationToken ct)
    {
        // The guarded update goes first: on PostgreSQL a second writer then waits on the row and finds it moved,
        // before it has inserted anything.
        if (session.Map<Memo>().Update(loaded.Memo, loaded.Original, nameof(Memo.Id), nameof(Memo.LastSequence)) is var (sql, bind))
        {
            var update = session.Command(sql);
            bind(update);
            if (await update.ExecuteNonQueryAsync(ct) != 1) return false;
        }
        foreach (var e in events) await InsertAsync(session, e, nameof(MemoEventRecord.Id), ct);
        if (attachment is not null) await InsertAsync(session, attachment, null, ct);
        return true;
    }

    private static async Task InsertAsync<T>(SqlSession session, T row, string? storeGenerated, CancellationToken ct) where T : class
    {
        var map = session.Map<T>();
        var insert = session.Command(map.InsertSql(storeGenerated));
        map.BindInsert(insert, row, storeGenerated);
        await insert.ExecuteNonQueryAsync(ct);
    }
}
