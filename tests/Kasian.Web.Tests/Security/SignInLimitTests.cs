using System.Net;
using System.Net.Http.Json;
using Kasian.Web.Auth;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Tests.Security;

/// <summary>Password guessing: failed sign-ins are limited per account and per address, on the API and the page alike.</summary>
public abstract class SignInLimitTests(TestDatabase database) : IAsyncLifetime
{
    // The test client is the proxy here, so a test can say which address each attempt comes from (X-Forwarded-For).
    private readonly KasianApp _app = new(database, new Dictionary<string, string?> { ["Kasian:Proxies:KnownProxies:0"] = "127.0.0.1" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<HttpResponseMessage> TokenAsync(string username, string password, string? from = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { username, password }) };
        if (from is not null) request.Headers.Add("X-Forwarded-For", from);
        return await _app.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task Fifty_wrong_passwords_are_cut_off_well_before_fifty_and_the_right_one_waits_for_the_window()
    {
        var answers = new List<HttpStatusCode>();
        HttpResponseMessage? firstRefusal = null;
        for (var i = 0; i < 50; i++)
        {
            var response = await TokenAsync("thapthim", $"guess-{i}");
            answers.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) firstRefusal ??= response;
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), answers.Take(5));
        Assert.All(answers.Skip(5), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        var problem = await ApiClient.ProblemAsync(firstRefusal!, HttpStatusCode.TooManyRequests, "too-many-attempts");
        var retryAfter = firstRefusal!.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        Assert.Contains("minute", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        // The right password is refused too while the account waits: the limit is on guessing, not on wrong guesses.
        await ApiClient.ProblemAsync(await TokenAsync("thapthim", "demo"), HttpStatusCode.TooManyRequests, "too-many-attempts");
        _app.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync("thapthim", "demo")).StatusCode);
    }

    [Fact]
    public async Task A_successful_sign_in_forgives_the_accounts_failures()
    {
        for (var i = 0; i < 4; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync("naphaporn", "typo")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync("naphaporn", "demo")).StatusCode);
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync("naphaporn", "typo")).StatusCode);
        await ApiClient.ProblemAsync(await TokenAsync("naphaporn", "typo"), HttpStatusCode.TooManyRequests, "too-many-attempts");
        // Another account is not held up by this one's failures.
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync("worawit", "demo")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_username_is_limited_like_a_real_one()
    {
        for (var i = 0; i < 5; i++) await ApiClient.ProblemAsync(await TokenAsync("nobody", "x"), HttpStatusCode.Unauthorized, "invalid-credentials");
        await ApiClient.ProblemAsync(await TokenAsync("nobody", "x"), HttpStatusCode.TooManyRequests, "too-many-attempts");
        // The same account however it is typed.
        await ApiClient.ProblemAsync(await TokenAsync("  NoBody ", "x"), HttpStatusCode.TooManyRequests, "too-many-attempts");
    }

    [Fact]
    public async Task Guessing_across_many_usernames_from_one_address_is_limited_per_address()
    {
        // Twenty accounts, one guess each: no account reaches its own limit, the address reaches its.
        for (var i = 0; i < 20; i++)
            await ApiClient.ProblemAsync(await TokenAsync($"user{i}", "password1", from: "198.51.100.7"), HttpStatusCode.Unauthorized, "invalid-credentials");
        var refused = await TokenAsync("thapthim", "demo", from: "198.51.100.7");
        await ApiClient.ProblemAsync(refused, HttpStatusCode.TooManyRequests, "too-many-attempts");
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);

        // Another address is not held up, not even for the same account names.
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync("thapthim", "demo", from: "198.51.100.8")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync("user1", "password1", from: "198.51.100.8")).StatusCode);
        _app.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync("thapthim", "demo", from: "198.51.100.7")).StatusCode);
    }

    [Fact]
    public async Task The_page_counts_the_same_failures_and_answers_429_in_thai()
    {
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync("worawit", "wrong")).StatusCode);
        var browser = PageBrowser.Create(_app);
        for (var i = 0; i < 2; i++)
        {
            var failed = await PageBrowser.SignInAsync(browser, "worawit", "wrong");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var refused = await PageBrowser.SignInAsync(browser, "worawit", "demo");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป", html, StringComparison.Ordinal);
        Assert.Contains("๑๕ นาที", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);

        _app.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.Redirect, (await PageBrowser.SignInAsync(browser, "worawit", "demo")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Right_passwords_arriving_together_beyond_the_limit_all_succeed()
    {
        // A script signing one account in eight times at once: more than the five attempts that may be checked
        // together, so some wait their turn rather than being refused.
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => TokenAsync("naphaporn", "demo")));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(0, await _app.WithDbAsync(db => db.SignInAttempts.CountAsync()));
    }

    [Fact]
    public async Task Wrong_passwords_arriving_together_are_checked_no_more_than_the_limit_allows()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => TokenAsync("worawit", $"guess-{i}")));
        Assert.Equal(5, answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized));
        Assert.Equal(7, answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.Equal(5, await _app.WithDbAsync(db => db.SignInAttempts.CountAsync(a => a.Username == "worawit" && a.Failed)));
    }

    [Fact]
    public async Task Attempts_are_rows_in_the_database_so_every_node_counts_them()
    {
        for (var i = 0; i < 3; i++) await TokenAsync("thapthim", "wrong");
        Assert.Equal(3, await _app.WithDbAsync(db => db.SignInAttempts.CountAsync(a => a.Username == "thapthim" && a.Failed)));
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync("thapthim", "demo")).StatusCode);
        Assert.Equal(0, await _app.WithDbAsync(db => db.SignInAttempts.CountAsync(a => a.Username == "thapthim")));
    }
}

public sealed class SqliteSignInLimitTests() : SignInLimitTests(TestDatabase.Sqlite());

public sealed class PostgreSqlSignInLimitTests() : SignInLimitTests(TestDatabase.PostgreSql());
