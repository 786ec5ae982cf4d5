using System.Security.Cryptography;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Auth;

/// <summary>
/// Checks a username and password, for the token endpoint and the sign-in page alike: within the limits of
/// <see cref="SignInLimits"/>, in the same time whether or not the account exists, logging each failure, and
/// bringing an old password hash up to today's cost once the password is known to be right.
/// </summary>
public sealed class PasswordSignIn(KasianDbContext db, IPasswordHasher<Person> hasher, SignInLimits limits, UnknownAccount unknown, ILogger<PasswordSignIn> log)
{
    public const string TooManyAttempts = "too-many-attempts";

    public static readonly Problem BadCredentials = new(401, "invalid-credentials", "Sign-in failed", "The username or password is wrong.");

    public async Task<Result<Person>> CheckAsync(string? username, string? password, string? address, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(username) || string.IsNullOrEmpty(password)) return BadCredentials;
        var name = username.Trim().ToLowerInvariant();
        var key = SignInLimits.Key(name);
        var from = address is { Length: > 0 and <= AuthModel.MaxAddress } ? address : "unknown";

        var (attempt, wait) = await limits.BeginAsync(key, from, ct);
        if (attempt is null)
        {
            log.LogWarning("Sign-in refused for {Username} from {Address}: too many failed attempts; retry after {RetryAfter}", key, from, wait);
            return new Problem(429, TooManyAttempts, "Too many attempts",
                $"Too many failed sign-ins for this account or from this address; try again in {Minutes(wait)} minute(s).", RetryAfter: wait);
        }

        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Username == name, ct);
        // An unknown username costs the same hash as a wrong password, so the answer's time does not tell who has an account.
        var verdict = person is null
            ? hasher.VerifyHashedPassword(unknown.Person, unknown.Hash, password)
            : hasher.VerifyHashedPassword(person, person.PasswordHash, password);
        if (person is not { Active: true } || verdict == PasswordVerificationResult.Failed)
        {
            await limits.FailedAsync(attempt.Value, ct);
            log.LogWarning("Failed sign-in for {Username} from {Address}", key, from);
            return BadCredentials;
        }

        await limits.SucceededAsync(key, attempt.Value, ct);
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            // Hashed at an older, cheaper setting: now that the password is known, store it at today's.
            person.PasswordHash = hasher.HashPassword(person, password);
            await db.People.Where(p => p.Id == person.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.PasswordHash, person.PasswordHash), ct);
        }
        return person;
    }

    private static int Minutes(TimeSpan wait) => (int)Math.Ceiling(wait.TotalMinutes);
}

/// <summary>A hash of a random password, made once with the same settings as every account's, to check unknown usernames against.</summary>
public sealed class UnknownAccount
{
    public UnknownAccount(IPasswordHasher<Person> hasher)
    {
        Person = new Person { Username = "", DisplayName = "", PasswordHash = "" };
        Hash = hasher.HashPassword(Person, Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));
    }

    public Person Person { get; }

    public string Hash { get; }
}
