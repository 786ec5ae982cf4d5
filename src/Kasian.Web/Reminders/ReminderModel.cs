using Kasian.Web.Data;
using Kasian.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Reminders;

/// <summary>The reminder tables and indexes, kept beside the code that uses them.</summary>
public static class ReminderModel
{
    public static void Configure(ModelBuilder b)
    {
        // The sweep's query: WHERE NextReminderAt <= now — its cost follows what is due, not what is stored.
        b.Entity<Memo>().HasIndex(m => m.NextReminderAt);
        b.Entity<Person>(e =>
        {
            e.Property(p => p.LineUserId).HasMaxLength(64);
            e.Property(p => p.WebhookUrl).HasMaxLength(500);
        });
        b.Entity<ReminderRecord>(e =>
        {
            e.HasIndex(r => new { r.MemoId, r.Round, r.StepId, r.ReminderNumber }).IsUnique();
            e.Property(r => r.StepId).HasMaxLength(64);
            e.Property(r => r.Title).HasMaxLength(500);
            e.Property(r => r.Link).HasMaxLength(500);
        });
        b.Entity<NotificationDelivery>(e =>
        {
            e.HasIndex(d => new { d.ReminderId, d.RecipientId, d.Channel }).IsUnique();
            e.HasIndex(d => new { d.Status, d.NextAttemptAt });
            e.Property(d => d.Channel).HasMaxLength(32);
            e.Property(d => d.Address).HasMaxLength(500);
            e.Property(d => d.LastError).HasMaxLength(2000);
            e.HasOne<ReminderRecord>().WithMany().HasForeignKey(d => d.ReminderId);
        });
        b.Entity<Notification>(e =>
        {
            e.HasIndex(n => new { n.PersonId, n.ReadAt, n.CreatedAt });
            e.Property(n => n.Title).HasMaxLength(500);
            e.Property(n => n.Link).HasMaxLength(500);
        });
    }
}
