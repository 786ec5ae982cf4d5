using Kasian.Core.Memos;

namespace Kasian.Web.Data;

/// <summary>A file attached to a memo, kept in the database so every node sees it; the SHA-256 lets anyone verify it later.</summary>
public sealed class Attachment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public MemoId MemoId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    public PersonId AddedBy { get; set; }
}

/// <summary>ทะเบียนหนังสือส่ง: the last number handed out per organisation and register year.</summary>
public sealed class RegisterCounter
{
    public Guid OrganisationId { get; set; }

    public int Year { get; set; }

    public int Last { get; set; }
}

/// <summary>
/// A route version as first loaded; later files claiming the same (id, version) must match <see cref="Hash"/>.
/// A version an office's administrator published in Kasian names its office (<see cref="OrganisationId"/>): only that office
/// sees and uses it. A version read from a file names none: file routes serve every office.
/// </summary>
public sealed class RouteVersionRecord
{
    public required string RouteId { get; set; }

    public int Version { get; set; }

    public required string Hash { get; set; }

    public required string Json { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The office that published this version in Kasian; null for a version read from a route file.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>Who published it (null for a file's version); <see cref="RecordedAt"/> says when.</summary>
    public Guid? PublishedById { get; set; }
}
