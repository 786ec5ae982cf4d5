using Kasian.Core.Memos;
using Kasian.Web.Data;
using Kasian.Web.Data.Sql;
using Kasian.Web.Memos;
using Kasian.Web.Notifications;
using Kasian.Web.Reminders;
using Kasian.Web.Tests.Reminders;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kasian.Web.Tests;

/// <summary>
/// Memo actions read and write rows with plain SQL built from the EF model (<see cref="RowMap{T}"/>); everything else
/// reads them through EF Core. Both must agree on every column, on every provider: types, converters, nulls, times.
/// </summary>
public abstract class RowMapTests(TestDatabase database) : IAsyncLifetime
{
    // Whole milliseconds: PostgreSQL keeps microseconds and EF Core's SQLite converter 100 µs, for EF Core and plain SQL alike.
    private static readonly DateTimeOffset At = new(2026, 11, 24, 3, 4, 5, TimeSpan.Zero);

    private KasianApp _app = null!;

    public Task InitializeAsync()
    {
        _app = new KasianApp(database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_row_written_by_ef_core_reads_the_same_through_plain_sql_and_back()
    {
        var memo = await InsertThroughEfAsync();

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KasianDbContext>();
        var map = RowMap.For<Memo>(db.Model);
        await using (var session = await SqlSessions.ForReadingAsync(db, default))
        {
            var loaded = await MemoStore.LoadAsync(session, memo.Id, memo.OriginatorId, default);
            Assert.NotNull(loaded);
            Assert.Equal(map.Snapshot(memo), loaded.Original);

            // Every column that may change, changed; then written back by plain SQL.
            var m = loaded.Memo;
            m.Subject = "เรื่องใหม่"; m.Body = "ข้อความใหม่ <b>"; m.To = "ปลัด"; m.Unit = "กองคลัง"; m.UnitPhone = null;
            m.Urgency = Urgency.MostUrgent; m.Status = MemoStatus.Approved; m.Round = 3; m.RouteVersion = 2;
            m.CurrentStepId = null; m.CurrentPosition = null; m.StepOpenedAt = null; m.DueAt = null; m.NextReminderAt = null;
            m.RemindersSent = 0; m.Number = "พย 72401/7"; m.Sequence = 7; m.RegisterYear = 2570; m.MemoDate = new DateOnly(2027, 1, 2);
            m.UpdatedAt = At.AddDays(2).AddMilliseconds(1); m.LastSequence = 9;
            await session.BeginAsync(default);
            Assert.True(await SaveAsync(session, loaded, [], default));
            await session.CommitAsync(default);
        }

        var reread = await _app.WithDbAsync(d => d.Memos.AsNoTracking().SingleAsync(x => x.Id == memo.Id));
        var expected = map.Snapshot(memo);
        Assert.Equal("เรื่องใหม่", reread.Subject);
        Assert.Equal(Urgency.MostUrgent, reread.Urgency);
        Assert.Equal(MemoStatus.Approved, reread.Status);
        Assert.Null(reread.UnitPhone);
        Assert.Null(reread.DueAt);
        Assert.Equal(new DateOnly(2027, 1, 2), reread.MemoDate);
        Assert.Equal(At.AddDays(2).AddMilliseconds(1), reread.UpdatedAt);
        Assert.Equal(9, reread.LastSequence);
        Assert.Equal(memo.CreatedAt, reread.CreatedAt);
        Assert.Equal(memo.OriginatorId, reread.OriginatorId);
    }

    [Fact]
    public async Task Every_column_of_every_entity_plain_sql_maps_round_trips_with_long_thai_text_and_nulls()
    {
        // A stored row of each kind to start from: a session, a submitted memo and its register, a reminder and its deliveries.
        var client = await _app.SignInAsync("thapthim");
        await client.CreateAndSubmitAsync("ทุกคอลัมน์");
        await _app.SweepAtAsync(ReminderHarness.Bangkok(30, 12));

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KasianDbContext>();
        await using var session = await SqlSessions.ForReadingAsync(db, default);
        List<string> problems =
        [
            .. await RowMapRoundTrip.RunAsync<Memo>(db, session),
            .. await RowMapRoundTrip.RunAsync<MemoEventRecord>(db, session),
            .. await RowMapRoundTrip.RunAsync<Attachment>(db, session),
            .. await RowMapRoundTrip.RunAsync<Organisation>(db, session),
            .. await RowMapRoundTrip.RunAsync<RegisterCounter>(db, session),
            .. await RowMapRoundTrip.RunAsync<Person>(db, session),
            .. await RowMapRoundTrip.RunAsync<Position>(db, session),
            .. await RowMapRoundTrip.RunAsync<Appointment>(db, session),
            .. await RowMapRoundTrip.RunAsync<Auth.SignInSession>(db, session),
            .. await RowMapRoundTrip.RunAsync<ReminderRecord>(db, session),
            .. await RowMapRoundTrip.RunAsync<NotificationDelivery>(db, session),
        ];

        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_write_from_a_stale_read_touches_nothing()
    {
        var memo = await InsertThroughEfAsync();
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KasianDbContext>();
        await using var session = await SqlSessions.ForReadingAsync(db, default);
        var first = (await MemoStore.LoadAsync(session, memo.Id, memo.OriginatorId, default))!;
        var second = (await MemoStore.LoadAsync(session, memo.Id, memo.OriginatorId, default))!;

        first.Memo.LastSequence++;
        first.Memo.Subject = "ผู้ชนะ";
        await session.BeginAsync(default);
        Assert.True(await SaveAsync(session, first, [Event(first.Memo)], default));
        await session.CommitAsync(default);

        // Its guarded update finds the row moved on. (Its event, had it one, would also meet the unique index.)
        second.Memo.LastSequence++;
        second.Memo.Subject = "มาทีหลัง";
        await session.BeginAsync(default);
        Assert.False(await SaveAsync(session, second, [], default));
        await session.RollbackAsync(default);

        var stored = await _app.WithDbAsync(d => d.Memos.AsNoTracking().SingleAsync(x => x.Id == memo.Id));
        Assert.Equal("ผู้ชนะ", stored.Subject);
        var events = await _app.WithDbAsync(d => d.MemoEvents.AsNoTracking().Where(e => e.MemoId == memo.Id).ToListAsync());
        var only = Assert.Single(events);
        Assert.Equal(At, only.At);
        Assert.Equal("นางทดสอบ <เกษียน>", only.ActorName);
        Assert.Null(only.ActorId);
    }

    /// <summary>The row's changed columns guarded by its token, and the events: the statements the memo's write seam sends.</summary>
    private static async Task<bool> SaveAsync(SqlSession session, LoadedMemo loaded, IReadOnlyList<MemoEventRecord> events, CancellationToken ct)
    {
        var statements = new List<SqlStatement>();
        if (session.Map<Memo>().Update(loaded.Memo, loaded.Original, nameof(Memo.Id), nameof(Memo.LastSequence), "m") is { } update) statements.Add(update);
        statements.AddRange(events.Select((e, i) => session.Map<MemoEventRecord>().Insert(e, $"e{i}_", nameof(MemoEventRecord.Id))));
        return await session.ExecuteAsync(statements, ct) == statements.Count;
    }

    private static MemoEventRecord Event(Memo memo) => new()
    {
        MemoId = memo.Id, Sequence = memo.LastSequence, Type = "Test", Payload = "{}", At = At,
        ActorId = null, ActorUsername = "test", ActorName = "นางทดสอบ <เกษียน>", Address = "::1",
    };

    /// <summary>A memo with every column set (none left null), inserted by EF Core.</summary>
    private async Task<Memo> InsertThroughEfAsync() => await _app.WithDbAsync(async db =>
    {
        var person = await db.People.AsNoTracking().FirstAsync();
        var memo = new Memo
        {
            OrganisationId = person.OrganisationId, OriginatorId = person.Id, OriginatorPositionTitle = "นักทรัพยากรบุคคล",
            Unit = "สำนักปลัด", UnitPhone = "0 4200 0000", Subject = "ทดสอบ", To = "นายก", Body = "เนื้อความ", Urgency = Urgency.Urgent,
            Status = MemoStatus.Pending, RouteId = "internal-memo", RouteVersion = 1, Round = 1, CurrentStepId = "palad",
            CurrentPosition = "palad", StepOpenedAt = At, DueAt = At.AddDays(1), NextReminderAt = At.AddDays(1).AddMinutes(5),
            RemindersSent = 2, RegisterYear = 2569, Sequence = 999, Number = "พย 72401/999", MemoDate = new DateOnly(2026, 11, 24),
            CreatedAt = At.AddMinutes(-1), UpdatedAt = At, LastSequence = 0,
        };
        db.Memos.Add(memo);
        await db.SaveChangesAsync();
        return memo;
    });
}

public sealed class SqliteRowMapTests() : RowMapTests(TestDatabase.Sqlite());

public sealed class PostgreSqlRowMapTests() : RowMapTests(TestDatabase.PostgreSql());
