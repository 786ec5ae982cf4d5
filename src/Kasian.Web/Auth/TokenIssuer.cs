using System.Security.Claims;
using System.Security.Cryptography;
using Kasian.Web.Data;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kasian.Web.Auth;

/// <summary>Issues and describes the API's bearer tokens (HMAC-SHA256 JWTs).</summary>
public sealed class TokenIssuer
{
    public const string Issuer = "kasian";
    public const string Audience = "kasian-api";

    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _clock;

    public TokenIssuer(IOptions<KasianOptions> options, TimeProvider clock, ILogger<TokenIssuer> log)
    {
        _clock = clock;
        _lifetime = options.Value.Auth.TokenLifetime;
        var configured = options.Value.Auth.SigningKey;
        byte[] key;
        if (string.IsNullOrWhiteSpace(configured))
        {
            // No key in the repository, ever: without configuration each process makes its own, and its tokens end with it.
            key = RandomNumberGenerator.GetBytes(32);
            log.LogWarning("Kasian:Auth:SigningKey is not set: bearer tokens are signed with a per-process random key.");
        }
        else
        {
            key = Convert.FromBase64String(configured);
            if (key.Length < 32) throw new InvalidOperationException("Kasian:Auth:SigningKey must be at least 32 bytes (base64).");
        }
        SigningKey = new SymmetricSecurityKey(key);
    }

    public SymmetricSecurityKey SigningKey { get; }

    public (string Token, DateTimeOffset ExpiresAt) Issue(Person person)
    {
        var now = _clock.GetUtcNow();
        var expires = now + _lifetime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, person.Id.ToString()),
                new Claim(JwtRegisteredClaimNames.UniqueName, person.Username),
                new Claim(JwtRegisteredClaimNames.Name, person.DisplayName),
            ]),
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }
}
