using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kasian.Web.Tests.Setup;

/// <summary>What a real start does: no demo account unless asked, and a setup token for whoever can read the log.</summary>
public sealed partial class FirstStartTests
{
    [Fact]
    public async Task A_production_start_without_the_demo_setting_has_no_admin_account()
    {
        await using var app = new KasianApp(TestDatabase.Sqlite(), new Dictionary<string, string?> { ["Kasian:Demo"] = null }, environment: "Production");
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { username = "admin", password = "demo" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.People.AnyAsync()));
        Assert.False(await app.WithDbAsync(db => db.Organisations.AnyAsync()));
    }

    [Fact]
    public async Task A_production_start_asked_for_the_demo_in_so_many_words_has_it()
    {
        await using var app = new KasianApp(TestDatabase.Sqlite(), new Dictionary<string, string?> { ["Kasian:Demo"] = "true" }, environment: "Production");
        var admin = await app.SignInAsync("admin");
        Assert.Equal("admin", (await admin.GetJsonAsync("/api/me"))["username"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_configured_token_a_random_one_is_logged_once_and_works()
    {
        var log = new CapturedLog();
        await using var app = new KasianApp(TestDatabase.Sqlite(), new Dictionary<string, string?> { ["Kasian:Demo"] = "false" },
            services => services.AddSingleton<ILoggerProvider>(log));
        var http = app.CreateClient();

        var tokens = log.Values("SetupToken");
        var token = Assert.Single(tokens);
        Assert.Matches(HexToken(), token);
        Assert.Single(log.Messages, m => m.Contains(token, StringComparison.Ordinal));

        await ApiClient.ProblemAsync(await http.PostAsJsonAsync("/api/setup", SetupApiTests.Body(token: "some-token")), HttpStatusCode.Forbidden, "invalid-setup-token");
        var done = await http.PostAsJsonAsync("/api/setup", SetupApiTests.Body(token: token));
        Assert.Equal(HttpStatusCode.Created, done.StatusCode);
        await app.SignInAsync("somchai", "a-long-first-password");
        Assert.Single(log.Values("SetupToken"));
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex HexToken();

    /// <summary>Every log entry of the app, with its structured values, for tests to read.</summary>
    private sealed class CapturedLog : ILoggerProvider
    {
        private readonly ConcurrentQueue<(string Message, IReadOnlyList<KeyValuePair<string, object?>> State)> _entries = new();

        public IEnumerable<string> Messages => _entries.Select(e => e.Message);

        public List<string> Values(string name) =>
            _entries.SelectMany(e => e.State).Where(p => p.Key == name).Select(p => p.Value?.ToString() ?? "").ToList();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLog log) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                log._entries.Enqueue((formatter(state, exception), state as IReadOnlyList<KeyValuePair<string, object?>> ?? []));
        }
    }
}
