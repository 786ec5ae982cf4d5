using Kasian.Web.Data;

namespace Kasian.Web.Notifications;

/// <summary>What a channel sends: the same text whichever way it travels.</summary>
public sealed record OutgoingMessage(Guid DeliveryId, Guid MemoId, string Kind, string Title, string Text, string Link);

/// <summary>
/// A way a reminder reaches a person (in-app, e-mail, LINE, webhook). A channel says whether and where
/// it reaches someone; sending throws on failure, and the delivery runner turns that into a retry.
/// </summary>
public interface INotificationChannel
{
    /// <summary>Stable name stored on deliveries: "in-app", "email", "line", "webhook".</summary>
    string Name { get; }

    /// <summary>Where this channel reaches the person, or null when they have not chosen it or it is not configured.</summary>
    string? AddressOf(Person person);

    Task SendAsync(OutgoingMessage message, Person recipient, string address, CancellationToken ct);
}
