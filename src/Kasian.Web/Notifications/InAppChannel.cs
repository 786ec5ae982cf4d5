using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Notifications;

/// <summary>Always on: a row in Notifications, keyed by the delivery id so a retried delivery cannot add it twice.</summary>
public sealed class InAppChannel(KasianDbContext db, TimeProvider clock) : INotificationChannel
{
    public string Name => "in-app";

    public string? AddressOf(Person person) => person.Username;

    public async Task SendAsync(OutgoingMessage message, Person recipient, string address, CancellationToken ct)
    {
        if (await db.Notifications.AnyAsync(n => n.Id == message.DeliveryId, ct)) return;
        db.Notifications.Add(new Notification
        {
            Id = message.DeliveryId,
            PersonId = recipient.Id,
            MemoId = new(message.MemoId),
            Title = message.Title,
            Text = message.Text,
            Link = message.Link,
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
    }
}
