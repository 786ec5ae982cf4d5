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
    public const int MinKeyBytes = 32;

    private readonly TimeProvider _clock;

    public TokenIssuer(IOptions<KasianOptions> options, TimeProvider clock, ILogger<TokenIssuer> log)
    {
        _clock = clock;
        Lifetime = options.Value.Auth.TokenLifetime;
        var key = ReadKey(options.Value.Auth.SigningKey);
        if (key is null)
        {
            // No key in the repository, ever: without configuration each process makes its own, and its tokens end with it.
            key = RandomNumberGenerator.GetBytes(MinKeyBytes);
            log.LogWarning("Kasian:Auth:SigningKey is not set: bearer tokens are signed with a per-process random key.");
        }
        SigningKey = new SymmetricSecurityKey(key);
    }

    public SymmetricSecurityKey SigningKey { get; }

    public TimeSpan Lifetime { get; }

    /// <summary>
    /// The configured key's bytes; null when none is configured. A key that is not base64 or is too short stops
    /// the process at start (Program.cs calls this before anything else), never at the first sign-in.
    /// </summary>
    public static byte[]? ReadKey(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured)) return null;
        byte[] key;
        try
        {
            key = Convert.FromBase64String(configured.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("Kasian:Auth:SigningKey is not base64. Make one with: openssl rand -base64 32");
        }
        if (key.Length < MinKeyBytes)
            throw new InvalidOperationException(
                $"Kasian:Auth:SigningKey is {key.Length} bytes; at least {MinKeyBytes} are required (base64). Make one with: openssl rand -base64 32");
        return key;
    }

    public string Issue(Person person, SignInSession session) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = session.StartedAt.UtcDateTime,
            NotBefore = session.StartedAt.UtcDateTime,
            Expires = session.ExpiresAt.UtcDateTime,
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, person.Id.ToString()),
                new Claim(JwtRegisteredClaimNames.UniqueName, person.Username),
                new Claim(JwtRegisteredClaimNames.Name, person.DisplayName),
                new Claim(Sessions.ClaimType, session.Id.ToString()),
            ]),
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });

    /// <summary>When a token issued now would expire.</summary>
    public DateTimeOffset ExpiryFromNow() => _clock.GetUtcNow() + Lifetime;
}
