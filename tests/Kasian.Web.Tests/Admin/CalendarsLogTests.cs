using System.Collections.Concurrent;
using Kasian.Web.Tests.Infrastructure;
using Kasian.Web.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Kasian.Web.Tests.Admin.CalendarsTestKit;

namespace Kasian.Web.Tests.Admin;

/// <summary>The operator who reads logs, not the dashboard, is told too: at start and once a day.</summary>
public abstract class CalendarsLogTests : IAsyncLifetime
{
    private readonly Captured _log = new();
    private readonly KasianApp _app;

    protected CalendarsLogTests(TestDatabase database) =>
        _app = new(database, services: s => s.AddSingleton<ILoggerProvider>(_log));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_log_warns_at_start_and_daily_naming_the_missing_year_in_both_eras_until_it_is_published()
    {
        _ = _app.BaseAddress;
        var first = await _log.WaitForAsync(1, Warning);
        Assert.Contains("พ.ศ. 2570", first, StringComparison.Ordinal);
        Assert.Contains("2027 (BE 2570)", first, StringComparison.Ordinal);

        await DayPassesAsync(() => _log.Count(Warning) >= 2);

        var admin = await _app.SignInAsync("admin");
        await admin.OkAsync(await PutAsync(admin, 2027, new { national = Holidays(("2027-01-01", "วันขึ้นปีใหม่")) }));
        await DayPassesAsync(() => _log.Count(Covered) >= 1);
        Assert.Equal(2, _log.Count(Warning));
    }

    private static bool Warning(LogLevel level, string text) => level == LogLevel.Warning && text.Contains("No national holiday list", StringComparison.Ordinal);

    private static bool Covered(LogLevel level, string text) => level == LogLevel.Information && text.StartsWith("National holiday lists cover 2026 and 2027", StringComparison.Ordinal);

    /// <summary>
    /// The watch sleeps a day on the app's clock. Moving the clock a day wakes it, unless it had not yet gone to sleep
    /// when the clock moved; then the next day does.
    /// </summary>
    private async Task DayPassesAsync(Func<bool> done)
    {
        for (var days = 0; days < 3 && !done(); days++)
        {
            _app.Clock.Advance(HolidayListWatch.Interval);
            for (var wait = 0; wait < 80 && !done(); wait++) await Task.Delay(25);
        }
        Assert.True(done(), "the daily check ran");
    }

    private sealed class Captured : ILoggerProvider
    {
        private readonly ConcurrentQueue<(string Category, LogLevel Level, string Text)> _entries = new();

        public int Count(Func<LogLevel, string, bool> match) => _entries.Count(e => e.Category == typeof(HolidayListWatch).FullName && match(e.Level, e.Text));

        public async Task<string> WaitForAsync(int count, Func<LogLevel, string, bool> match)
        {
            for (var i = 0; i < 400 && Count(match) < count; i++) await Task.Delay(25);
            Assert.True(Count(match) >= count, "the check was logged");
            return _entries.Last(e => e.Category == typeof(HolidayListWatch).FullName && match(e.Level, e.Text)).Text;
        }

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose() { }

        private sealed class Logger(Captured log, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                log._entries.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }
}

public sealed class SqliteCalendarsLogTests() : CalendarsLogTests(TestDatabase.Sqlite());

public sealed class PostgreSqlCalendarsLogTests() : CalendarsLogTests(TestDatabase.PostgreSql());
