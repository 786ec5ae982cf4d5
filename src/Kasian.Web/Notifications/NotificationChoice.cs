using Kasian.Core.Memos;

namespace Kasian.Web.Notifications;

public enum DeliveryMode
{
    /// <summary>Sent as soon as it happens (or, in quiet hours, at the start of the next working day).</summary>
    Immediate,

    /// <summary>Gathered into one message a day, sent at 08:30 on working days.</summary>
    Digest,

    Off,
}

/// <summary>
/// A person's choice for one kind of notification on one channel. No row means <see cref="DeliveryMode.Immediate"/>
/// on every channel the person has set up, which is how reminders always went. In-app has no choice: it is always immediate.
/// </summary>
public sealed class NotificationChoice
{
    public PersonId PersonId { get; set; }

    public NotificationKind Kind { get; set; }

    public required string Channel { get; set; }

    public DeliveryMode Mode { get; set; }
}

/// <summary>A person's notification settings beside the per-kind choices: quiet hours and a pending LINE linking code.</summary>
public sealed class NotificationProfile
{
    public PersonId PersonId { get; set; }

    /// <summary>Off until the person turns it on: then LINE, e-mail and webhook messages outside office hours wait for 08:30 of the next working day.</summary>
    public bool QuietHours { get; set; }

    /// <summary>SHA-256 (hex) of the one-time LINE linking code; the code itself is shown once and never stored.</summary>
    public string? LineCodeHash { get; set; }

    public DateTimeOffset? LineCodeExpiresAt { get; set; }
}
