namespace Kasian.Web.Chain;

/// <summary>
/// One position of an organisation's chain: an event sealed after its commit (<see cref="RecordSealer"/>). Rows are only
/// ever inserted; the key (organisation, position) lets exactly one sealer take a position, on any node. The memo and
/// sequence are copied in so that a deleted event can still be named.
/// </summary>
public sealed class RecordLink
{
    public Guid OrganisationId { get; set; }

    public long Position { get; set; }

    public long EventId { get; set; }

    public Guid MemoId { get; set; }

    public int Sequence { get; set; }

    public required string ContentHash { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }

    public DateTimeOffset SealedAt { get; set; }
}

/// <summary>An organisation's key for signing digests: the private half protected by ASP.NET Data Protection, the public half in the clear.</summary>
public sealed class RecordSigningKey
{
    public Guid OrganisationId { get; set; }

    /// <summary>SubjectPublicKeyInfo (DER), base64.</summary>
    public required string PublicKey { get; set; }

    public required string ProtectedPrivateKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A day's digest: the chain head on that date, signed with the organisation's key. Exported as a file, it anchors the chain outside the database.</summary>
public sealed class RecordDigest
{
    public Guid OrganisationId { get; set; }

    public DateOnly Day { get; set; }

    public long Position { get; set; }

    public required string Head { get; set; }

    public DateTimeOffset MadeAt { get; set; }

    /// <summary>ECDSA P-256 over SHA-256 of <see cref="DigestFile.SignedText"/>, IEEE P1363 form, base64.</summary>
    public required string Signature { get; set; }
}
