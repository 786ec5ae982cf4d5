using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Chain;

/// <summary>The record's tables (chain links, signing keys, digests) and the event's content hash, kept beside the code that uses them.</summary>
public static class RecordModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<MemoEventRecord>().Property(e => e.ContentHash).HasMaxLength(64);
        b.Entity<RecordLink>(e =>
        {
            // Two sealers (two nodes) cannot both take a position: the loser's insert fails and it reads the head again.
            e.HasKey(l => new { l.OrganisationId, l.Position });
            e.HasIndex(l => l.EventId).IsUnique();
            e.Property(l => l.ContentHash).HasMaxLength(64);
            e.Property(l => l.PreviousHash).HasMaxLength(64);
            e.Property(l => l.Hash).HasMaxLength(64);
        });
        b.Entity<RecordSigningKey>(e =>
        {
            e.HasKey(k => k.OrganisationId);
            e.Property(k => k.PublicKey).HasMaxLength(200);
        });
        b.Entity<RecordDigest>(e =>
        {
            e.HasKey(d => new { d.OrganisationId, d.Day });
            e.Property(d => d.Head).HasMaxLength(64);
            e.Property(d => d.Signature).HasMaxLength(200);
        });
    }
}
