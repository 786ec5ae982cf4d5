using Kasian.Core.Memos;

namespace Kasian.Web.Notifications;

public enum DeliveryStatus
{
    /// <summary>Not yet delivered; tried again at <see cref="NotificationDelivery.NextAttemptAt"/>.</summary>
    Pending,

    Sent,

    /// <summary>Given up after the last allowed attempt; stays for an administrator to see.</summary>
    Failed,

    /// <summary>Held for the person's daily digest (the daily digest job), which sends it with the others and marks it sent.</summary>
    Digest,
}

/// <summary>
/// One message to one person over one channel for one ledger row (a reminder or a memo turn's notice). The table is the truth about
/// delivery: a job queue may lose its jobs, the sweep finds pending rows again by (Status, NextAttemptAt).
/// </summary>
public sealed class NotificationDelivery
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The reminder ledger row this delivers; null for a memo turn's notice.</summary>
    public Guid? ReminderId { get; set; }

    /// <summary>The memo turn's notice this delivers (<see cref="MemoNotice"/>); null for a reminder.</summary>
    public Guid? NoticeId { get; set; }

    public PersonId RecipientId { get; set; }

    public required string Channel { get; set; }

    /// <summary>Where it went (an e-mail address, a LINE user id, a URL), as it was when the reminder was recorded.</summary>
    public required string Address { get; set; }

    public DeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}

/// <summary>An in-app notification: the list behind the count in the header.</summary>
public sealed class Notification
{
    /// <summary>The id of the delivery that created it, so a retried delivery cannot add it twice.</summary>
    public Guid Id { get; set; }

    public PersonId PersonId { get; set; }

    public MemoId MemoId { get; set; }

    public required string Title { get; set; }

    public required string Text { get; set; }

    public required string Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}
