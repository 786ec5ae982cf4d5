using System.Net;
using System.Net.Http.Headers;
using Kasian.Web.Data;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Tests.Security;

/// <summary>Sessions end on the server: at sign-out, at their absolute lifetime, and when an administrator revokes them.</summary>
public abstract class SessionTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<HttpClient> SignedInBrowserAsync(string username, CookieContainer? cookies = null)
    {
        var browser = PageBrowser.Create(_app, cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await PageBrowser.SignInAsync(browser, username, "demo")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
        return browser;
    }

    /// <summary>A request carrying only the given cookie header, as an attacker replaying a copied cookie would send it.</summary>
    private async Task<HttpResponseMessage> WithCookieAsync(string cookie, string path = "/")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await PageBrowser.Create(_app).SendAsync(request);
    }

    [Fact]
    public async Task A_cookie_kept_from_before_sign_out_is_refused_after_it()
    {
        var cookies = new CookieContainer();
        var browser = await SignedInBrowserAsync("thapthim", cookies);
        var copied = cookies.GetCookieHeader(_app.BaseAddress);
        Assert.Contains("kasian=", copied, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(copied)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await PageBrowser.SignOutAsync(browser)).StatusCode);

        var replayed = await WithCookieAsync(copied);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/signin", replayed.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_of_the_pages_ends_that_session_only()
    {
        var token = await _app.SignInAsync("thapthim");
        var other = await SignedInBrowserAsync("thapthim");
        var browser = await SignedInBrowserAsync("thapthim");
        await PageBrowser.SignOutAsync(browser);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await token.Http.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_page_session_ends_at_its_absolute_lifetime_however_active()
    {
        var browser = await SignedInBrowserAsync("worawit");
        // Busy all day: a request every 3 hours keeps the 8-hour sliding cookie alive, but not past 12 hours from sign-in.
        for (var hours = 3; hours < 12; hours += 3)
        {
            _app.Clock.Advance(TimeSpan.FromHours(3));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
        }
        _app.Clock.Advance(TimeSpan.FromHours(3));
        var ended = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith("/signin", ended.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_revokes_a_persons_sessions_and_tokens_at_once()
    {
        var token = await _app.SignInAsync("thapthim");
        var browser = await SignedInBrowserAsync("thapthim");
        var worawit = await _app.SignInAsync("worawit");
        var admin = await _app.SignInAsync("admin");
        var id = await _app.WithDbAsync(db => db.People.Where(p => p.Username == "thapthim").Select(p => p.Id.Value).SingleAsync());

        var revoked = await admin.OkAsync(await admin.PostAsync($"/api/admin/people/{id}/revoke-sessions"));

        Assert.Equal(2, revoked["ended"]!.GetValue<int>());
        Assert.Equal("thapthim", revoked["username"]!.GetValue<string>());
        var problem = await ApiClient.ProblemAsync(await token.Http.GetAsync("/api/me"), HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Contains("session has ended", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
        // Nobody else's.
        Assert.Equal(HttpStatusCode.OK, (await worawit.Http.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/api/me")).StatusCode);

        var audit = await _app.WithDbAsync(db => db.AuditRecords.SingleAsync(a => a.Action == "person.sessions-revoked"));
        Assert.Equal(id, audit.EntityId);
        Assert.Equal("admin", audit.ActorUsername);
        Assert.Contains("\"ended\":2", audit.Details, StringComparison.Ordinal);

        // Revoking is not deactivating: the person signs in again.
        var again = await _app.SignInAsync("thapthim");
        Assert.Equal(HttpStatusCode.OK, (await again.Http.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_token_can_no_longer_act_on_a_memo_and_nothing_changes()
    {
        // Memo actions check the token's session in their own first read (ChecksSessionInAction), not in the
        // authentication handler: the refusal must be the same as everywhere else, in full and brief answers alike.
        var author = await _app.SignInAsync("thapthim");
        var approver = await _app.SignInAsync("naphaporn");
        var memo = await author.CreateAndSubmitAsync("เรื่องที่ผู้ถูกเพิกถอนสิทธิ์พยายามเกษียน");
        var recaller = await _app.SignInAsync("thapthim");
        var admin = await _app.SignInAsync("admin");
        var people = await _app.WithDbAsync(db => db.People.Where(p => p.Username == "naphaporn" || p.Username == "thapthim").ToDictionaryAsync(p => p.Username, p => p.Id.Value));
        await admin.OkAsync(await admin.PostAsync($"/api/admin/people/{people["naphaporn"]}/revoke-sessions"));
        var before = await _app.WithDbAsync(db => db.MemoEvents.CountAsync());

        var full = await ApiClient.ProblemAsync(
            await approver.PostAsync($"/api/memos/{memo}/endorse", new { stepId = "head-of-office", comment = "ไม่ควรบันทึก" }), HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Contains("session has ended", full["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        using var brief = new HttpRequestMessage(HttpMethod.Post, $"/api/memos/{memo}/endorse")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { stepId = "head-of-office", comment = "ไม่ควรบันทึก" }),
        };
        brief.Headers.Add("Prefer", "return=minimal");
        var refused = await ApiClient.ProblemAsync(await approver.Http.SendAsync(brief), HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Contains("session has ended", refused["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        // The author's own tokens: one revoked, one kept to show the memo did not move.
        await admin.OkAsync(await admin.PostAsync($"/api/admin/people/{people["thapthim"]}/revoke-sessions"));
        await ApiClient.ProblemAsync(await recaller.PostAsync($"/api/memos/{memo}/recall"), HttpStatusCode.Unauthorized, "unauthorized");
        await ApiClient.ProblemAsync(await author.PostAsync($"/api/memos/{memo}/submit"), HttpStatusCode.Unauthorized, "unauthorized");

        Assert.Equal(before, await _app.WithDbAsync(db => db.MemoEvents.CountAsync()));
        var again = await _app.SignInAsync("naphaporn");
        var endorsed = await again.OkAsync(await again.PostAsync($"/api/memos/{memo}/endorse", new { stepId = "head-of-office", comment = "เห็นควรเสนอ" }));
        Assert.Equal("palad", endorsed["currentStep"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_an_administrator_of_the_persons_own_office_may_revoke()
    {
        await Offices.AddAsync(_app);
        var token = await _app.SignInAsync("thapthim");
        var id = await _app.WithDbAsync(db => db.People.Where(p => p.Username == "thapthim").Select(p => p.Id.Value).SingleAsync());
        var otherOffice = await _app.SignInAsync(Offices.OtherAdmin, Offices.Password);
        var officer = await _app.SignInAsync("worawit");

        await ApiClient.ProblemAsync(await otherOffice.PostAsync($"/api/admin/people/{id}/revoke-sessions"), HttpStatusCode.NotFound, "not-found");
        await ApiClient.ProblemAsync(await officer.PostAsync($"/api/admin/people/{id}/revoke-sessions"), HttpStatusCode.Forbidden, "forbidden");
        var admin = await _app.SignInAsync("admin");
        await ApiClient.ProblemAsync(await admin.PostAsync($"/api/admin/people/{Guid.NewGuid()}/revoke-sessions"), HttpStatusCode.NotFound, "not-found");

        Assert.Equal(HttpStatusCode.OK, (await token.Http.GetAsync("/api/me")).StatusCode);
        Assert.Equal(0, await _app.WithDbAsync(db => db.AuditRecords.CountAsync(a => a.Action == "person.sessions-revoked")));
    }

    [Fact]
    public async Task A_deactivated_persons_token_and_cookie_stop_working_at_once()
    {
        var token = await _app.SignInAsync("naphaporn");
        var browser = await SignedInBrowserAsync("naphaporn");
        await _app.WithDbAsync(db => db.People.Where(p => p.Username == "naphaporn").ExecuteUpdateAsync(s => s.SetProperty(p => p.Active, false)));

        await ApiClient.ProblemAsync(await token.Http.GetAsync("/api/me"), HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_token_ends_with_its_session_on_a_second_node_too()
    {
        // Two apps on one database, as two nodes behind a load balancer: same signing key, separate processes' memory.
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await using var a = new KasianApp(new SharedDatabase(_app.Database), new Dictionary<string, string?> { ["Kasian:Auth:SigningKey"] = key });
        await using var b = new KasianApp(new SharedDatabase(_app.Database), new Dictionary<string, string?> { ["Kasian:Auth:SigningKey"] = key });
        var onA = await a.SignInAsync("worawit");
        using var onB = b.CreateClient();
        onB.DefaultRequestHeaders.Authorization = onA.Http.DefaultRequestHeaders.Authorization;
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/api/me")).StatusCode);

        var admin = await b.SignInAsync("admin");
        var id = await b.WithDbAsync(db => db.People.Where(p => p.Username == "worawit").Select(p => p.Id.Value).SingleAsync());
        await admin.OkAsync(await admin.PostAsync($"/api/admin/people/{id}/revoke-sessions"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await onA.Http.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onB.GetAsync("/api/me")).StatusCode);

        // And the sign-in limit counts failures on both nodes together.
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await a.CreateClient().PostAsync("/api/auth/token", Json("thapthim", "x"))).StatusCode);
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await b.CreateClient().PostAsync("/api/auth/token", Json("thapthim", "x"))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await a.CreateClient().PostAsync("/api/auth/token", Json("thapthim", "demo"))).StatusCode);
    }

    private static StringContent Json(string username, string password) =>
        new(System.Text.Json.JsonSerializer.Serialize(new { username, password }), new MediaTypeHeaderValue("application/json"));

    /// <summary>Another app's database, left for that app to delete.</summary>
    private sealed class SharedDatabase(TestDatabase owner) : TestDatabase
    {
        public override string Provider => owner.Provider;

        public override string ConnectionString => owner.ConnectionString;

        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

public sealed class SqliteSessionTests() : SessionTests(TestDatabase.Sqlite());

public sealed class PostgreSqlSessionTests() : SessionTests(TestDatabase.PostgreSql());
