using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Notifications;

/// <summary>The notification tables and indexes (memo turns, choices), kept beside the code that uses them.</summary>
public static class NotificationModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<MemoNotice>(e =>
        {
            // The exactly-once guard: one notice per event, whichever node or pass writes it first.
            e.HasIndex(n => n.EventId).IsUnique();
            e.Property(n => n.StepId).HasMaxLength(64);
            e.Property(n => n.Title).HasMaxLength(500);
            e.Property(n => n.Link).HasMaxLength(500);
        });
        b.Entity<NotificationDelivery>(e =>
        {
            e.HasIndex(d => new { d.NoticeId, d.RecipientId, d.Channel }).IsUnique();
            e.HasOne<MemoNotice>().WithMany().HasForeignKey(d => d.NoticeId);
        });
        b.Entity<NotificationCursor>(e => e.Property(c => c.Id).HasMaxLength(32));
        b.Entity<NotificationChoice>(e =>
        {
            e.HasKey(c => new { c.PersonId, c.Kind, c.Channel });
            e.Property(c => c.Channel).HasMaxLength(32);
            e.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<NotificationProfile>(e =>
        {
            e.HasKey(p => p.PersonId);
            e.Property(p => p.LineCodeHash).HasMaxLength(64);
            e.HasIndex(p => p.LineCodeHash);
            e.HasOne<Person>().WithOne().HasForeignKey<NotificationProfile>(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
