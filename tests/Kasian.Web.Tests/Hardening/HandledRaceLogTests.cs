using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Web.Data;
using Kasian.Web.Data.Sql;
using Kasian.Web.Memos;
using Kasian.Web.Reminders;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Kasian.Web.Tests.Reminders.ReminderHarness;

namespace Kasian.Web.Tests.Hardening;

/// <summary>
/// Races Kasian settles on purpose — two people endorsing one step, two requests with one Idempotency-Key, a reminder
/// meeting an approver's write — end with one winner and a clear answer for the loser. An operator's error log must
/// not fill with them: none of them is logged as an error.
/// </summary>
public abstract class HandledRaceLogTests : IAsyncLifetime
{
    private readonly CapturedLog _log = new();
    private readonly ReminderLosesRace _race = new();
    private readonly KasianApp _app;

    protected HandledRaceLogTests(TestDatabase database)
    {
        _app = new KasianApp(database, Settings(), services =>
        {
            services.AddSingleton<ILoggerProvider>(_log);
        });
        _race.App = _app;
        _app.Services.GetRequiredService<SqlSessions>().BetweenReminderReadAndWrite = _race.RunAsync;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Races_with_one_winner_are_not_logged_as_errors()
    {
        // Two requests with one Idempotency-Key: the (person, key) unique index turns one away.
        var clients = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _app.SignInAsync("thapthim")));
        var created = await Task.WhenAll(clients.Select(c =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/memos")
            {
                Content = JsonContent.Create(new { unit = "สำนักปลัด", subject = "แข่งกันสร้าง", to = "นายก", body = "ข้อความ" }),
            };
            request.Headers.Add("Idempotency-Key", "race-key");
            return c.Http.SendAsync(request);
        }));
        Assert.All(created, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));

        // Two endorsements of one step at once: one wins, the other gets 409.
        var id = await clients[0].SubmitAsync("internal-memo", "แข่งกันเกษียน");
        var (a, b) = (await _app.SignInAsync("naphaporn"), await _app.SignInAsync("naphaporn"));
        var endorsed = await Task.WhenAll(
            a.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office", comment = "A" }),
            b.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office", comment = "B" }));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], endorsed.Select(r => r.StatusCode).Order());

        // A reminder whose save meets another writer's: it re-reads and does what is still due.
        var late = await clients[1].SubmitAsync("internal-memo", "เตือนชนกัน");
        _race.Armed = late;
        await _app.SweepAtAsync(Bangkok(25, 11));
        Assert.True(_race.Fired, "the reminder did not meet another writer");

        Assert.Empty(_log.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Level} {e.Category}: {e.Text}"));
    }

    /// <summary>Right before the reminder's write, another writer appends to the same memo, so the reminder's concurrency token is stale.</summary>
    private sealed class ReminderLosesRace
    {
        public KasianApp App { get; set; } = null!;

        public volatile bool Fired;

        public Guid? Armed { get; set; }

        public async Task RunAsync(Guid memoId, CancellationToken ct)
        {
            if (Armed != memoId) return;
            Armed = null;
            await OtherWriter.AppendAsync(App, memoId, memo => new StepReassigned(memo.CurrentStepId!, memo.Round, memo.CurrentPosition ?? "", "palad", "ไปราชการ"), null, ct);
            Fired = true;
        }
    }

    private sealed class CapturedLog : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, LogLevel Level, string Text)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose() { }

        private sealed class Logger(CapturedLog log, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                log.Entries.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }
}

public sealed class SqliteHandledRaceLogTests() : HandledRaceLogTests(TestDatabase.Sqlite());

public sealed class PostgreSqlHandledRaceLogTests() : HandledRaceLogTests(TestDatabase.PostgreSql());
