using System.Net;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Security;

/// <summary>
/// HTTPS behind a proxy: X-Forwarded-* believed from configured proxies only; Secure cookies and HSTS then; and no
/// address a client chose in its Host header comes back in a redirect or the OpenAPI document.
/// </summary>
public sealed class TransportTests
{
    private static KasianApp App(params (string Key, string Value)[] settings) =>
        new(TestDatabase.Sqlite(), settings.ToDictionary(s => s.Key, s => (string?)s.Value));

    private static Action<HttpRequestMessage> ForwardedHttps(string host = "kasian.example") => request =>
    {
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Host = host;
    };

    private static string SetCookies(HttpResponseMessage response) =>
        string.Join("\n", response.Headers.TryGetValues("Set-Cookie", out var values) ? values : []);

    [Fact]
    public async Task Forwarded_https_from_an_address_not_configured_as_a_proxy_is_ignored()
    {
        await using var app = App();
        var signedIn = await PageBrowser.SignInAsync(PageBrowser.Create(app), "thapthim", "demo", ForwardedHttps());
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("kasian=", SetCookies(signedIn), StringComparison.Ordinal);
        Assert.DoesNotContain("secure", SetCookies(signedIn), StringComparison.OrdinalIgnoreCase);
        Assert.False(signedIn.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/memos/new");
        ForwardedHttps()(request);
        var redirect = await PageBrowser.Create(app).SendAsync(request);
        Assert.Equal("/signin?returnUrl=%2Fmemos%2Fnew", redirect.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Forwarded_https_from_a_configured_proxy_gives_secure_cookies_and_hsts()
    {
        await using var app = App(("Kasian:Proxies:KnownProxies:0", "127.0.0.1"));
        var browser = PageBrowser.Create(app);
        var signedIn = await PageBrowser.SignInAsync(browser, "thapthim", "demo", ForwardedHttps());
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = SetCookies(signedIn).Split('\n').Single(c => c.StartsWith("kasian=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=31536000", string.Join(",", signedIn.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        // The proxy's client address is the one recorded, not the proxy's.
        Assert.Equal("203.0.113.9", await app.WithDbAsync(db => Task.FromResult(db.SignInSessions.Single().Address)));

        // Plain HTTP to the same app: no Secure cookie, no HSTS.
        var plain = await PageBrowser.SignInAsync(PageBrowser.Create(app), "worawit", "demo", r => r.Headers.Host = "kasian.example");
        Assert.DoesNotContain("secure", SetCookies(plain), StringComparison.OrdinalIgnoreCase);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_forged_host_header_appears_neither_in_a_redirect_nor_in_the_openapi_document()
    {
        await using var app = App();
        var browser = PageBrowser.Create(app);
        using var page = new HttpRequestMessage(HttpMethod.Get, "/dashboard");
        page.Headers.Host = "evil.example";
        var redirect = await browser.SendAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.DoesNotContain("evil.example", redirect.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.False(redirect.Headers.Location.IsAbsoluteUri);

        using var document = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        document.Headers.Host = "evil.example";
        var json = await (await browser.SendAsync(document)).Content.ReadAsStringAsync();
        Assert.Contains("/api/memos", json, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_servers_list_is_the_configured_public_address()
    {
        await using var app = App(("Kasian:PublicBaseUrl", "https://kasian.phusang.go.th/"));
        using var document = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        document.Headers.Host = "evil.example";
        var json = System.Text.Json.Nodes.JsonNode.Parse(await (await PageBrowser.Create(app).SendAsync(document)).Content.ReadAsStringAsync())!;
        Assert.Equal("https://kasian.phusang.go.th", Assert.Single(json["servers"]!.AsArray())!["url"]!.GetValue<string>());
    }
}
