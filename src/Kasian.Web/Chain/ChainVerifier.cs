using System.Data.Common;
using System.Diagnostics;
using Kasian.Web.Data;
using Kasian.Web.Data.Sql;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Chain;

/// <summary>A chain hash claimed from outside the chain (an exported digest): position <see cref="Position"/> must hash to <see cref="Head"/>.</summary>
public sealed record Anchor(Guid OrganisationId, long Position, string Head, string Source);

/// <summary>
/// Verifies each organisation's record in streaming passes of plain ADO.NET (never all rows in memory): the chain
/// (every link's hashes, every event against the content its link sealed), events not yet sealed, anchors from
/// digests, and every memo row against its events. One pass per organisation, so its cost grows with what is stored.
/// </summary>
public sealed class ChainVerifier(KasianDbContext db, TimeProvider clock)
{
    /// <summary>Events younger than this may wait for the sealer; older unsealed ones are a finding.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(5);

    private const int MaxFindings = 100;

    public async Task<VerifyReport> VerifyAsync(string? organisationCode, IReadOnlyList<Anchor> anchors, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => organisationCode == null || o.Code == organisationCode)
            .OrderBy(o => o.Code).Select(o => new { o.Id, o.Code }).ToListAsync(ct);
        var chains = new List<ChainReport>(organisations.Count);
        await using var session = await SqlSessions.ForReadingAsync(db, ct);
        foreach (var o in organisations)
        {
            var findings = new List<Finding>();
            var (count, position, head) = await ChainAsync(session, o.Id, anchors.Where(a => a.OrganisationId == o.Id).ToList(), findings, ct);
            var unsealed = await UnsealedAsync(session, o.Id, findings, ct);
            await MemoRowsAsync(session, o.Id, findings, ct);
            await NameAsync(findings, ct);
            chains.Add(new ChainReport(o.Id, o.Code, count, position, head, unsealed, findings));
        }
        return new VerifyReport(chains, watch.Elapsed);
    }

    private static async Task<(long Count, long Position, string Head)> ChainAsync(SqlSession session, Guid organisation, List<Anchor> anchors, List<Finding> findings, CancellationToken ct)
    {
        var (links, events, memos) = (session.Map<RecordLink>(), session.Map<MemoEventRecord>(), session.Map<Memo>());
        var sql = links.Statement("verify-chain", l => $"""
            SELECT {l.SelectList("l")}, {events.SelectList("e")}, m.{memos.Quoted(nameof(Memo.OrganisationId))}
            FROM {RowMap.Quote(l.Table)} l
            LEFT JOIN {RowMap.Quote(events.Table)} e ON e.{events.Quoted(nameof(MemoEventRecord.Id))} = l.{l.Quoted(nameof(RecordLink.EventId))}
            LEFT JOIN {RowMap.Quote(memos.Table)} m ON m.{memos.Quoted(nameof(Memo.Id))} = e.{events.Quoted(nameof(MemoEventRecord.MemoId))}
            WHERE l.{l.Quoted(nameof(RecordLink.OrganisationId))} = @o
            ORDER BY l.{l.Quoted(nameof(RecordLink.Position))}
            """);
        var anchorAt = anchors.GroupBy(a => a.Position).ToDictionary(g => g.Key, g => g.ToList());
        var (count, expected, previous) = (0L, 1L, ContentHash.Genesis);
        await using (var rows = await OrganisationQueryAsync(session, sql, links, organisation, ct))
        {
            var eventsAt = links.ColumnCount;
            var organisationAt = eventsAt + events.ColumnCount;
            while (await rows.ReadAsync(ct))
            {
                var link = links.Read(rows)!;
                var e = events.Read(rows, eventsAt);
                count++;
                if (link.Position != expected)
                    Add(findings, new("link-missing", link.MemoId, link.Sequence, $"chain positions {expected} to {link.Position - 1} are missing (links deleted)"));
                if (link.PreviousHash != previous)
                    Add(findings, new("chain-broken", link.MemoId, link.Sequence, $"position {link.Position} does not follow the link before it (chain rewritten)"));
                else if (ContentHash.Link(organisation, link.Position, link.ContentHash, link.PreviousHash) != link.Hash)
                    Add(findings, new("link-altered", link.MemoId, link.Sequence, $"the link at position {link.Position} was altered"));
                if (e is null)
                    Add(findings, new("event-deleted", link.MemoId, link.Sequence, $"the event sealed at position {link.Position} is gone (deleted)"));
                else if (e.MemoId.Value != link.MemoId || e.Sequence != link.Sequence)
                    Add(findings, new("event-moved", link.MemoId, link.Sequence, $"the event sealed at position {link.Position} now says memo {e.MemoId.Value:N} sequence {e.Sequence} (reordered or moved)"));
                else if (rows.IsDBNull(organisationAt) || rows.GetGuid(organisationAt) != organisation)
                    Add(findings, new("memo-missing", link.MemoId, link.Sequence, "the event's memo row is gone or belongs to another organisation"));
                else if (ContentHash.Of(organisation, e) != link.ContentHash)
                    Add(findings, new("event-changed", link.MemoId, link.Sequence, $"the event differs from what was sealed at position {link.Position} (its payload or envelope changed)"));
                if (anchorAt.Remove(link.Position, out var claimed))
                    foreach (var a in claimed.Where(a => a.Head != link.Hash))
                        Add(findings, new("digest-mismatch", link.MemoId, link.Sequence, $"position {link.Position} does not hash to the head in {a.Source} (chain rewritten)"));
                (expected, previous) = (link.Position + 1, link.Hash);
            }
        }
        foreach (var a in anchorAt.Values.SelectMany(a => a))
            Add(findings, new("digest-beyond-chain", null, null, $"{a.Source} names position {a.Position}, but the chain ends at {expected - 1} (links deleted)"));
        return (count, expected - 1, previous);
    }

    private async Task<int> UnsealedAsync(SqlSession session, Guid organisation, List<Finding> findings, CancellationToken ct)
    {
        var (events, memos, links) = (session.Map<MemoEventRecord>(), session.Map<Memo>(), session.Map<RecordLink>());
        var sql = events.Statement("verify-unsealed", e => $"""
            SELECT {e.SelectList("e")} FROM {RowMap.Quote(e.Table)} e
            JOIN {RowMap.Quote(memos.Table)} m ON m.{memos.Quoted(nameof(Memo.Id))} = e.{e.Quoted(nameof(MemoEventRecord.MemoId))}
            WHERE m.{memos.Quoted(nameof(Memo.OrganisationId))} = @o
              AND NOT EXISTS (SELECT 1 FROM {RowMap.Quote(links.Table)} l WHERE l.{links.Quoted(nameof(RecordLink.EventId))} = e.{e.Quoted(nameof(MemoEventRecord.Id))})
            ORDER BY e.{e.Quoted(nameof(MemoEventRecord.Id))}
            """);
        var unsealed = 0;
        var cutoff = clock.GetUtcNow() - Grace;
        await using var rows = await OrganisationQueryAsync(session, sql, memos, organisation, ct, nameof(Memo.OrganisationId));
        while (await rows.ReadAsync(ct))
        {
            var e = events.Read(rows)!;
            unsealed++;
            if (e.At < cutoff) Add(findings, new("unsealed", e.MemoId.Value, e.Sequence, $"recorded at {e.At:u} but not sealed into the chain"));
        }
        return unsealed;
    }

    /// <summary>Memo rows against their events: the memos in id order on one connection, their events in the same order on another.</summary>
    private static async Task MemoRowsAsync(SqlSession session, Guid organisation, List<Finding> findings, CancellationToken ct)
    {
        var (events, memos) = (session.Map<MemoEventRecord>(), session.Map<Memo>());
        var memoSql = memos.Statement("verify-memos", m => $"""
            SELECT {m.SelectList()} FROM {RowMap.Quote(m.Table)} WHERE {m.Quoted(nameof(Memo.OrganisationId))} = @o ORDER BY {m.Quoted(nameof(Memo.Id))}
            """);
        var eventSql = events.Statement("verify-memo-events", e => $"""
            SELECT {e.SelectList("e")} FROM {RowMap.Quote(e.Table)} e
            JOIN {RowMap.Quote(memos.Table)} m ON m.{memos.Quoted(nameof(Memo.Id))} = e.{e.Quoted(nameof(MemoEventRecord.MemoId))}
            WHERE m.{memos.Quoted(nameof(Memo.OrganisationId))} = @o
            ORDER BY e.{e.Quoted(nameof(MemoEventRecord.MemoId))}, e.{e.Quoted(nameof(MemoEventRecord.Sequence))}
            """);
        await using var second = SecondConnection(session);
        await second.OpenAsync(ct);
        await using var eventCommand = second.CreateCommand();
        eventCommand.CommandText = eventSql;
        memos[nameof(Memo.OrganisationId)].Bind(eventCommand, 0, organisation, "o");
        await using var eventRows = await eventCommand.ExecuteReaderAsync(ct);
        var next = await eventRows.ReadAsync(ct) ? events.Read(eventRows) : null;
        await using var memoRows = await OrganisationQueryAsync(session, memoSql, memos, organisation, ct, nameof(Memo.OrganisationId));
        var own = new List<MemoEventRecord>(16);
        while (await memoRows.ReadAsync(ct))
        {
            var memo = memos.Read(memoRows)!;
            own.Clear();
            while (next is not null && next.MemoId == memo.Id)
            {
                own.Add(next);
                next = await eventRows.ReadAsync(ct) ? events.Read(eventRows) : null;
            }
            if (MemoRowCheck.Compare(memo, own) is { } difference)
                Add(findings, new("memo-row-differs", memo.Id.Value, own.Count == 0 ? null : own[^1].Sequence, difference));
        }
    }

    private static async Task<DbDataReader> OrganisationQueryAsync<T>(SqlSession session, string sql, RowMap<T> map, Guid organisation, CancellationToken ct, string column = nameof(RecordLink.OrganisationId)) where T : class
    {
        var command = session.Command(sql);
        command.Parameters.Clear();
        map[column].Bind(command, 0, organisation, "o");
        return await command.ExecuteReaderAsync(ct);
    }

    private static DbConnection SecondConnection(SqlSession session)
    {
        var cs = session.Db.Database.GetConnectionString();
        return session.Connection switch
        {
            Microsoft.Data.Sqlite.SqliteConnection => new Microsoft.Data.Sqlite.SqliteConnection(cs),
            Npgsql.NpgsqlConnection => new Npgsql.NpgsqlConnection(cs),
            _ => new Microsoft.Data.SqlClient.SqlConnection(cs),
        };
    }

    /// <summary>The register numbers of the memos named, so an operator can find them on paper.</summary>
    private async Task NameAsync(List<Finding> findings, CancellationToken ct)
    {
        var ids = findings.Where(f => f.MemoId is not null).Select(f => new Kasian.Core.Memos.MemoId(f.MemoId!.Value)).Distinct().ToList();
        if (ids.Count == 0) return;
        var numbers = await db.Memos.AsNoTracking().Where(m => ids.Contains(m.Id) && m.Number != null).ToDictionaryAsync(m => m.Id.Value, m => m.Number!, ct);
        for (var i = 0; i < findings.Count; i++)
            if (findings[i].MemoId is { } id && numbers.TryGetValue(id, out var number)) findings[i] = findings[i] with { Number = number };
    }

    private static void Add(List<Finding> findings, Finding finding)
    {
        if (findings.Count < MaxFindings) findings.Add(finding);
    }
}
