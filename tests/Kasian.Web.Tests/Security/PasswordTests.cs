using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Kasian.Web.Data;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Tests.Security;

/// <summary>How passwords are checked: the cost of a hash, the same time for unknown accounts, failures in the log.</summary>
public sealed class PasswordTests : IAsyncLifetime
{
    private readonly LogCapture _log = new();
    private readonly KasianApp _app;

    public PasswordTests() =>
        _app = new KasianApp(TestDatabase.Sqlite(),
            // Limits out of the way: this class measures and reads what each attempt costs and leaves behind.
            new Dictionary<string, string?> { ["Kasian:Auth:SignInLimits:PerAccount"] = "1000", ["Kasian:Auth:SignInLimits:PerAddress"] = "1000" },
            services => services.AddSingleton<ILoggerProvider>(_log));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task<HttpResponseMessage> TokenAsync(HttpClient client, string username, string password) =>
        client.PostAsJsonAsync("/api/auth/token", new { username, password });

    private static int Iterations(string hash) => (int)BinaryPrimitives.ReadUInt32BigEndian(Convert.FromBase64String(hash).AsSpan(5, 4));

    [Fact]
    public async Task An_unknown_username_takes_as_long_as_a_wrong_password()
    {
        var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(client, "thapthim", "demo")).StatusCode); // warm up the pipeline
        var known = new List<double>();
        var unknown = new List<double>();
        // Interleaved, so a burst of load from other work on the machine falls on both alike; medians ignore the odd slow one.
        for (var i = 0; i < 10; i++)
        {
            known.Add(await TimeAsync(() => TokenAsync(client, "thapthim", $"wrong-{i}")));
            unknown.Add(await TimeAsync(() => TokenAsync(client, $"nobody-{i}", $"wrong-{i}")));
        }
        var (k, u) = (Median(known), Median(unknown));
        // Without the dummy hash an unknown name answered in about 1/50 of the time; with it the two are alike.
        Assert.True(u >= k / 2, $"unknown username median {u:F1} ms, wrong password median {k:F1} ms");
    }

    private static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> call)
    {
        var start = Stopwatch.GetTimestamp();
        var response = await call();
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        return ms;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    [Fact]
    public async Task Passwords_are_hashed_at_210000_iterations_and_an_old_hash_is_rehashed_at_the_next_sign_in()
    {
        Assert.Equal(210_000, Iterations(await _app.WithDbAsync(db => db.People.Where(p => p.Username == "admin").Select(p => p.PasswordHash).SingleAsync())));

        var old = new PasswordHasher<Person>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }));
        await _app.WithDbAsync(async db =>
        {
            var thapthim = await db.People.SingleAsync(p => p.Username == "thapthim");
            thapthim.PasswordHash = old.HashPassword(thapthim, "demo");
            return await db.SaveChangesAsync();
        });
        Assert.Equal(100_000, Iterations(await HashOfAsync("thapthim")));

        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(_app.CreateClient(), "thapthim", "demo")).StatusCode);

        var rehashed = await HashOfAsync("thapthim");
        Assert.Equal(210_000, Iterations(rehashed));
        var hasher = _app.Services.GetRequiredService<IPasswordHasher<Person>>();
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(null!, rehashed, "demo"));
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(_app.CreateClient(), "thapthim", "demo")).StatusCode);
    }

    private Task<string> HashOfAsync(string username) =>
        _app.WithDbAsync(db => db.People.Where(p => p.Username == username).Select(p => p.PasswordHash).SingleAsync());

    [Fact]
    public async Task A_failed_sign_in_is_logged_as_a_warning_with_the_username_and_address_but_never_the_password()
    {
        await TokenAsync(_app.CreateClient(), "worawit", "my-secret-guess-1");
        var browser = PageBrowser.Create(_app);
        await PageBrowser.SignInAsync(browser, "ghost", "my-secret-guess-2");

        var failures = _log.Entries.Where(e => e.Level == LogLevel.Warning && e.Message.StartsWith("Failed sign-in", StringComparison.Ordinal)).ToList();
        Assert.Contains(failures, e => e.Message.Contains("worawit", StringComparison.Ordinal) && e.Message.Contains("127.0.0.1", StringComparison.Ordinal));
        Assert.Contains(failures, e => e.Message.Contains("ghost", StringComparison.Ordinal) && e.Message.Contains("127.0.0.1", StringComparison.Ordinal));
        Assert.DoesNotContain(_log.Entries, e => e.Message.Contains("my-secret-guess", StringComparison.Ordinal));
    }

    private sealed class LogCapture : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(LogCapture capture) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                capture.Entries.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
