using Kasian.Core.Memos;

namespace Kasian.Web.Auth;

public enum SessionKind
{
    /// <summary>The pages' cookie.</summary>
    Page,

    /// <summary>A bearer token from POST /api/auth/token.</summary>
    Token,
}

/// <summary>
/// One sign-in, by cookie or by token. The credential names it (claim <see cref="Sessions.ClaimType"/>) and every
/// request checks it is still open, so signing out, an administrator's revocation or the end of its absolute
/// lifetime refuses a credential the server once gave out, on every node at once.
/// </summary>
public sealed class SignInSession
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public PersonId PersonId { get; set; }

    public SessionKind Kind { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>The absolute end, however active the session: sliding cookies are renewed up to here and no further.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When it was signed out or revoked; null while open.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    public string? Address { get; set; }
}

/// <summary>
/// A sign-in that has not succeeded, kept for <see cref="SignInLimits"/>' window: who was named, from where, and
/// whether its password has been found wrong yet. A successful sign-in deletes its account's failures; the rest age out.
/// </summary>
public sealed class SignInAttempt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>As typed (trimmed, lower case, at most 64 characters), whether or not such an account exists.</summary>
    public required string Username { get; set; }

    public required string Address { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The password was wrong (or the account unknown or inactive); false while it is being checked.</summary>
    public bool Failed { get; set; }
}
