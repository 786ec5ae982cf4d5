using System.Globalization;
using Kasian.Web.Data;
using Kasian.Web.Data.Sql;
using Kasian.Web.Memos;

namespace Kasian.Web.Chain;

/// <summary>
/// Links committed events into their organisation's chain, after the commit rather than inside it: a chain head
/// updated in every action's transaction would let only one action of an office commit at a time. Woken right
/// after each action commits (<see cref="Wake"/>), and sweeping every few seconds for events a crash or another
/// node left unsealed. Two sealers (two nodes) may race: the (organisation, position) key lets one win a position,
/// and the loser reads the head again.
/// </summary>
public sealed class RecordSealer(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RecordSealer> log) : BackgroundService
{
    public static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(5);

    /// <summary>How long a transaction may stay open between taking an event id and committing it before a sweep stops looking below that id.</summary>
    private static readonly TimeSpan Lookback = TimeSpan.FromMinutes(1);

    private const int Batch = 2000;

    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly Queue<(DateTimeOffset At, long MaxId)> _seen = new();
    private long _floor;

    /// <summary>Asks for a pass soon; many wakes before it starts make one pass.</summary>
    public void Wake()
    {
        if (_wake.CurrentCount > 0) return;
        try { _wake.Release(); } catch (SemaphoreFullException) { }
    }

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        await using var timer = clock.CreateTimer(_ => Wake(), null, SweepInterval, SweepInterval);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await SealAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next wake or sweep tries again; nothing half-sealed stays (each organisation's links commit together).
                log.LogWarning(e, "Sealing the record failed; the next sweep retries");
            }
            await _wake.WaitAsync(ct);
        }
    }

    /// <summary>Seals every committed event not yet in its organisation's chain; returns how many it sealed.</summary>
    public async Task<int> SealAsync(CancellationToken ct)
    {
        await _turn.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KasianDbContext>();
            await using var session = await SqlSessions.ForReadingAsync(db, ct);
            var now = clock.GetUtcNow();
            var sealedCount = 0;
            for (var conflicts = 0; ;)
            {
                var (pending, maxId) = await UnsealedAsync(session, _floor, ct);
                if (pending.Count == 0)
                {
                    MoveFloor(now, maxId);
                    return sealedCount;
                }
                foreach (var organisation in pending.GroupBy(p => p.OrganisationId))
                {
                    if (await TrySealAsync(session, organisation.Key, organisation.ToList(), now, ct)) sealedCount += organisation.Count();
                    else if (++conflicts > 20) throw new InvalidOperationException("Another sealer kept taking the same positions.");
                }
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    // The floor only moves up to an id seen a while ago: a transaction that took a lower id and had not yet committed
    // when a pass looked is still found by the next. At start the floor is 0 (one full look).
    private void MoveFloor(DateTimeOffset now, long maxId)
    {
        _seen.Enqueue((now, maxId));
        while (_seen.Count > 1 && _seen.Peek().At <= now - Lookback) _floor = Math.Max(_floor, _seen.Dequeue().MaxId);
    }

    private static async Task<(List<Pending> Events, long MaxId)> UnsealedAsync(SqlSession session, long floor, CancellationToken ct)
    {
        var (events, memos, links) = (session.Map<MemoEventRecord>(), session.Map<Memo>(), session.Map<RecordLink>());
        var sql = events.Statement("unsealed", e => $"""
            SELECT {e.SelectList("e")}, m.{memos.Quoted(nameof(Memo.OrganisationId))}
            FROM {RowMap.Quote(e.Table)} e JOIN {RowMap.Quote(memos.Table)} m ON m.{memos.Quoted(nameof(Memo.Id))} = e.{e.Quoted(nameof(MemoEventRecord.MemoId))}
            WHERE e.{e.Quoted(nameof(MemoEventRecord.Id))} > @floor
              AND NOT EXISTS (SELECT 1 FROM {RowMap.Quote(links.Table)} l WHERE l.{links.Quoted(nameof(RecordLink.EventId))} = e.{e.Quoted(nameof(MemoEventRecord.Id))})
            ORDER BY e.{e.Quoted(nameof(MemoEventRecord.Id))}
            {RecordSql.First(session, Batch)};
            SELECT MAX({e.Quoted(nameof(MemoEventRecord.Id))}) FROM {RowMap.Quote(e.Table)}
            """);
        var found = new List<Pending>();
        long maxId = 0;
        var command = session.Command(sql);
        command.Parameters.Clear();
        RecordSql.Add(command, "floor", floor);
        await using var rows = await command.ExecuteReaderAsync(ct);
        while (await rows.ReadAsync(ct))
            found.Add(new Pending(events.Read(rows)!, rows.GetGuid(events.ColumnCount)));
        if (await rows.NextResultAsync(ct) && await rows.ReadAsync(ct) && !rows.IsDBNull(0)) maxId = Convert.ToInt64(rows.GetValue(0), CultureInfo.InvariantCulture);
        return (found, maxId);
    }

    private async Task<bool> TrySealAsync(SqlSession session, Guid organisation, List<Pending> events, DateTimeOffset now, CancellationToken ct)
    {
        await session.BeginAsync(ct);
        try
        {
            var (position, previous) = await RecordSql.HeadAsync(session, organisation, ct);
            var links = session.Map<RecordLink>();
            var statements = new List<SqlStatement>(100);
            foreach (var (e, _) in events)
            {
                var content = e.ContentHash ?? ContentHash.Of(organisation, e);
                position++;
                var hash = ContentHash.Link(organisation, position, content, previous);
                var link = new RecordLink
                {
                    OrganisationId = organisation, Position = position, EventId = e.Id, MemoId = e.MemoId.Value, Sequence = e.Sequence,
                    ContentHash = content, PreviousHash = previous, Hash = hash, SealedAt = now,
                };
                statements.Add(links.Insert(link, "l" + statements.Count.ToString(CultureInfo.InvariantCulture) + "_"));
                previous = hash;
                // SQL Server takes at most 2,100 parameters a command.
                if (statements.Count == 100) { await session.ExecuteAsync(statements, ct); statements.Clear(); }
            }
            if (statements.Count > 0) await session.ExecuteAsync(statements, ct);
            await session.CommitAsync(ct);
            return true;
        }
        catch (System.Data.Common.DbException e) when (MemoActions.IsUniqueViolation(e))
        {
            await session.RollbackAsync(ct);
            log.LogDebug("Another sealer took positions of {Organisation} first; reading its head again", organisation);
            return false;
        }
    }

    private sealed record Pending(MemoEventRecord Event, Guid OrganisationId);
}
