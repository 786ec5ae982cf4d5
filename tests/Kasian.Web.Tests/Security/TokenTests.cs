using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kasian.Web.Tests.Security;

/// <summary>Bearer tokens: an expiry is required, and a bad signing key stops the start.</summary>
public sealed class TokenTests
{
    [Fact]
    public async Task A_token_without_an_expiry_is_refused()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        await using var app = new KasianApp(TestDatabase.Sqlite(), new Dictionary<string, string?> { ["Kasian:Auth:SigningKey"] = Convert.ToBase64String(key) });
        var issued = new JsonWebToken((await app.SignInAsync("thapthim")).Http.DefaultRequestHeaders.Authorization!.Parameter);
        // The same claims (person, session) signed with the right key: only the expiry differs.
        var claims = issued.Claims.Where(c => c.Type is "sub" or "sid" or "unique_name" or "name").ToList();
        string Forge(DateTime? expires) => new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "kasian",
            Audience = "kasian-api",
            Expires = expires,
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
        });

        var forever = Forge(null);
        Assert.DoesNotContain(new JsonWebToken(forever).Claims, c => c.Type == "exp");
        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(app, forever)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(app, Forge(app.Clock.GetUtcNow().UtcDateTime.AddHours(1)))).StatusCode);
    }

    private static async Task<HttpResponseMessage> MeAsync(KasianApp app, string token)
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync("/api/me");
    }

    [Theory]
    [InlineData("c2hvcnQta2V5LTE2LWJ5dGVz")] // 18 bytes
    [InlineData("not base64 at all!")]
    public async Task A_signing_key_too_short_or_not_base64_stops_the_start_and_names_the_setting(string key)
    {
        var app = new KasianApp(TestDatabase.Sqlite(), new Dictionary<string, string?> { ["Kasian:Auth:SigningKey"] = key });
        var failure = Record.Exception(() => app.CreateClient());
        Assert.NotNull(failure);
        var messages = string.Join(" | ", Chain(failure).Select(e => e.Message));
        Assert.Contains("Kasian:Auth:SigningKey", messages, StringComparison.Ordinal);
        try { await app.DisposeAsync(); } catch (InvalidOperationException) { }
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException) yield return x;
    }
}
