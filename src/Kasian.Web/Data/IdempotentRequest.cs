using Kasian.Core.Memos;

namespace Kasian.Web.Data;

/// <summary>
/// The first answer to a request sent with an <c>Idempotency-Key</c> header, kept for 24 hours, so that the same request
/// sent again (a retry after a lost answer, a double submit, a second node taking the retry) gets that answer instead of
/// doing the work twice. Keys are per person: one person's key never meets another's.
/// </summary>
public sealed class IdempotentRequest
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public PersonId PersonId { get; set; }

    public required string Key { get; set; }

    /// <summary>SHA-256 (hex) of what was asked: the same key with a different request is refused, not answered.</summary>
    public required string RequestHash { get; set; }

    /// <summary>The first answer's body, as JSON; the status is the endpoint's success status (only successes are kept).</summary>
    public required string Response { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
