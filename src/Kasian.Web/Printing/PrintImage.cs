using Kasian.Core.Memos;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Printing;

/// <summary>What an uploaded picture is for on the paper.</summary>
public enum PrintImageKind
{
    /// <summary>ตราครุฑ: the office's Garuda emblem at the head of every บันทึกข้อความ it prints.</summary>
    Emblem,

    /// <summary>A person's signature, printed above their name wherever they signed.</summary>
    Signature,
}

/// <summary>
/// An uploaded picture for the printed memo, kept in the database so that every node prints the same. The owner is the
/// organisation for its emblem and the person for their signature; there is at most one of each (the index says so).
/// </summary>
public sealed class PrintImage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The office it belongs to, first in the key like every table of office data (DESIGN.md §11).</summary>
    public Guid OrganisationId { get; set; }

    public PrintImageKind Kind { get; set; }

    /// <summary>The organisation's id for an emblem, the person's for a signature.</summary>
    public Guid OwnerId { get; set; }

    /// <summary>image/png or image/jpeg, as decoding found it (never the uploader's claim).</summary>
    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    public required string Sha256 { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public PersonId UploadedBy { get; set; }
}

public static class PrintImageModel
{
    public static void Configure(ModelBuilder b) => b.Entity<PrintImage>(e =>
    {
        // One emblem per office, one signature per person: a second upload replaces the first.
        e.HasIndex(i => new { i.OrganisationId, i.Kind, i.OwnerId }).IsUnique();
        e.Property(i => i.ContentType).HasMaxLength(32);
        e.Property(i => i.Sha256).HasMaxLength(64);
    });
}
