using System.Net;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Browser;

/// <summary>The pages' doors over plain HTTP: sign-in redirects, anti-forgery on every form, cookies never open the API.</summary>
public sealed class PagesHttpTests : IAsyncLifetime
{
    private readonly KasianApp _app = new(TestDatabase.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    // A plain socket client: it keeps cookies like a browser and shows redirects instead of following them.
    private HttpClient Browser() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = _app.BaseAddress };

    [Theory]
    [InlineData("/")]
    [InlineData("/sent")]
    [InlineData("/dashboard")]
    [InlineData("/memos/new")]
    public async Task Unauthenticated_page_redirects_to_sign_in(string path)
    {
        var response = await Browser().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // Relative: the request's Host header, which the client chooses, is never sent back as where to go.
        Assert.Equal("/signin?returnUrl=" + Uri.EscapeDataString(path), response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Sign_in_form_without_the_antiforgery_token_is_rejected()
    {
        var response = await Browser().PostAsync("/signin", PageForms.Form(("Username", "thapthim"), ("Password", "demo")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Memo_action_without_the_antiforgery_token_is_rejected_and_changes_nothing()
    {
        var client = Browser();
        await PageForms.SignInAsync(client, "thapthim");
        var seed = await _app.WithDbAsync(db => Task.FromResult(db.Memos.Single().Id.Value));
        var before = await StoredState.ReadAsync(_app);

        var response = await client.PostAsync($"/memos/{seed}?handler=Submit", PageForms.Form());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await StoredState.ReadAsync(_app));
    }

    [Fact]
    public async Task Signed_in_page_carries_a_script_free_content_security_policy()
    {
        var client = Browser();
        await PageForms.SignInAsync(client, "worawit");
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("นายวรวิทย์ เผ่าใจมา", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_cookie_does_not_open_the_api()
    {
        var client = Browser();
        await PageForms.SignInAsync(client, "thapthim");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Wrong_password_shows_the_form_again_without_a_cookie()
    {
        var client = Browser();
        var response = await client.PostAsync("/signin", PageForms.Form(("Username", "thapthim"), ("Password", "wrong"), ("__af", await PageForms.TokenAsync(client, "/signin"))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task English_is_one_click_away_and_every_label_has_both_languages()
    {
        var client = Browser();
        var response = await client.GetAsync("/language?to=en&returnUrl=%2Fsignin");
        Assert.Equal("/signin", response.Headers.Location!.OriginalString);
        var page = await (await client.GetAsync("/signin")).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("Sign in", page, StringComparison.Ordinal);
        Assert.Equal("/", (await client.GetAsync("/language?to=th&returnUrl=https%3A%2F%2Fevil.example%2F")).Headers.Location!.OriginalString);

        Assert.All(Pages.Texts.All, t => Assert.False(string.IsNullOrWhiteSpace(t.Value.Th) || string.IsNullOrWhiteSpace(t.Value.En), t.Key));
    }

}
