using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Notifications;

/// <summary>
/// Makes one delivery attempt. An attempt first takes a lease with one conditional UPDATE, so two
/// workers never send the same delivery at once; a failure is recorded with its error and retried
/// after an exponential back-off, and after the last allowed attempt the delivery is marked failed.
/// One failing channel or recipient never holds up another: each delivery is its own attempt.
/// </summary>
public sealed class DeliveryRunner(KasianDbContext db, IEnumerable<INotificationChannel> channels, IOptions<NotificationOptions> options, ILogger<DeliveryRunner> log)
{
    public async Task DeliverAsync(Guid deliveryId, DateTimeOffset now, CancellationToken ct)
    {
        var retry = options.Value.Retry;
        var leased = await db.NotificationDeliveries
            .Where(d => d.Id == deliveryId && d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Attempts, d => d.Attempts + 1).SetProperty(d => d.NextAttemptAt, now + retry.Lease), ct);
        if (leased == 0) return;

        var delivery = await db.NotificationDeliveries.AsNoTracking().SingleAsync(d => d.Id == deliveryId, ct);
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == delivery.RecipientId, ct);
        var message = await MessageAsync(db, delivery, ct);
        try
        {
            var channel = channels.FirstOrDefault(c => c.Name == delivery.Channel)
                ?? throw new DeliveryFailedException($"No channel named '{delivery.Channel}' in this build.");
            await channel.SendAsync(message, person, delivery.Address, ct);
            await db.NotificationDeliveries.Where(d => d.Id == deliveryId)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Sent).SetProperty(d => d.SentAt, now).SetProperty(d => d.LastError, (string?)null), ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var giveUp = delivery.Attempts >= retry.MaxAttempts;
            var error = Describe(e);
            await db.NotificationDeliveries.Where(d => d.Id == deliveryId)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Status, giveUp ? DeliveryStatus.Failed : DeliveryStatus.Pending)
                    .SetProperty(d => d.LastError, error)
                    .SetProperty(d => d.NextAttemptAt, now + retry.DelayAfter(delivery.Attempts)), CancellationToken.None);
            // The log keeps the exception for the operator; the stored error, shown to administrators, stays short.
            log.LogWarning(e is DeliveryFailedException or OutboundTargetRefusedException ? null : e,
                "Delivery {Delivery} over {Channel} to {Recipient} failed (attempt {Attempt}{GaveUp}): {Error}",
                deliveryId, delivery.Channel, person.Username, delivery.Attempts, giveUp ? ", giving up" : "", error);
        }
    }

    /// <summary>What the delivery says: its ledger row's message, a reminder's or a memo turn's.</summary>
    public static async Task<OutgoingMessage> MessageAsync(KasianDbContext db, NotificationDelivery delivery, CancellationToken ct)
    {
        if (delivery.ReminderId is { } reminderId)
        {
            var reminder = await db.Reminders.AsNoTracking().SingleAsync(r => r.Id == reminderId, ct);
            return new OutgoingMessage(delivery.Id, reminder.MemoId.Value, reminder.Kind.ToString().ToLowerInvariant(), reminder.Title, reminder.Text, reminder.Link);
        }
        var notice = await db.MemoNotices.AsNoTracking().SingleAsync(n => n.Id == delivery.NoticeId, ct);
        return new OutgoingMessage(delivery.Id, notice.MemoId.Value, NotificationKinds.Code(notice.Kind), notice.Title, notice.Text, notice.Link);
    }

    /// <summary>
    /// A status code and a short reason, in Kasian's words: never a receiver's answer, whose text (an HTTP body, an
    /// SMTP server's reply) could carry anything into the administrators' list of deliveries.
    /// </summary>
    public static string Describe(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
            if (inner is OutboundTargetRefusedException refused) return refused.Message;
        return e switch
        {
            DeliveryFailedException failed => failed.Message,
            HttpRequestException http => $"Could not reach the receiver ({http.HttpRequestError}).",
            TaskCanceledException or TimeoutException => "The receiver did not answer in time.",
            MailKit.Net.Smtp.SmtpCommandException smtp => $"SMTP {(int)smtp.StatusCode} ({smtp.StatusCode}).",
            MailKit.Security.AuthenticationException => "The SMTP server refused Kasian's username or password.",
            MailKit.ProtocolException => "The SMTP server broke the protocol.",
            System.Net.Sockets.SocketException socket => $"Could not reach the receiver ({socket.SocketErrorCode}).",
            _ => $"Failed ({e.GetType().Name}); see the log.",
        };
    }
}
