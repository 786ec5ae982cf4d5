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

/// <summary>A route version as first loaded; later files claiming the same (id, version) must match <see cref="Hash"/>.</summary>
public sealed class RouteVersionRecord
{
    public required string RouteId { get; set; }

    public int Version { get; set; }

    public required string Hash { get; set; }

    public required string Json { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
