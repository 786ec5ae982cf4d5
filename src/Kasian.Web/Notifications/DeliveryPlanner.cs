using Kasian.Core.Calendar;
using Kasian.Web.Data;
using Kasian.Web.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Notifications;

/// <summary>What an in-app notification shows, written with its ledger row.</summary>
public sealed record InAppMessage(Kasian.Core.Memos.MemoId MemoId, string Title, string Text, string Link);

/// <summary>
/// Which deliveries one message makes: for each person and each channel that reaches them, their choice for this
/// kind (immediate unless they said otherwise; in-app always immediate), held for the digest, or, in their quiet
/// hours, timed for the office's next opening. Reminders and memo turns plan alike, so a choice means the same for both.
/// In-app needs no attempt: its notification is written in the same transaction as the ledger row, already sent, which
/// spares the database two more writes per person (on SQLite every write waits for the one writer).
/// </summary>
public sealed class DeliveryPlanner(IEnumerable<INotificationChannel> channels, OfficeCalendars calendars)
{
    public const string InApp = "in-app";

    /// <summary>Adds the deliveries to the caller's unit of work (they commit with its ledger row) and returns them.</summary>
    public async Task<List<NotificationDelivery>> PlanAsync(KasianDbContext db, Guid organisationId, NotificationKind kind, IReadOnlyList<Person> people,
        Guid? reminderId, Guid? noticeId, InAppMessage message, DateTimeOffset now, CancellationToken ct)
    {
        var (planned, inApp) = await PlanRowsAsync(db, organisationId, kind, people, reminderId, noticeId, message, now, ct);
        db.NotificationDeliveries.AddRange(planned);
        db.Notifications.AddRange(inApp);
        return planned;
    }

    /// <summary>The same plan as rows for the caller to write (the reminder writes them with the memo's event, through the memo's write seam).</summary>
    public async Task<(List<NotificationDelivery> Deliveries, List<Notification> InApp)> PlanRowsAsync(KasianDbContext db, Guid organisationId, NotificationKind kind,
        IReadOnlyList<Person> people, Guid? reminderId, Guid? noticeId, InAppMessage message, DateTimeOffset now, CancellationToken ct)
    {
        var inApp = new List<Notification>();
        var planned = new List<NotificationDelivery>();
        if (people.Count == 0) return (planned, inApp);
        var ids = people.Select(p => p.Id).ToList();
        var choices = await db.NotificationChoices.AsNoTracking().Where(c => ids.Contains(c.PersonId) && c.Kind == kind).ToListAsync(ct);
        var quiet = (await db.NotificationProfiles.AsNoTracking().Where(p => ids.Contains(p.PersonId) && p.QuietHours).Select(p => p.PersonId).ToListAsync(ct)).ToHashSet();
        var calendar = quiet.Count > 0 ? await calendars.ForAsync(organisationId, ct) : null;
        foreach (var person in people)
            foreach (var channel in channels)
            {
                if (channel.AddressOf(person) is not { } address) continue;
                var mode = channel.Name == InApp
                    ? DeliveryMode.Immediate
                    : choices.FirstOrDefault(c => c.PersonId == person.Id && c.Channel == channel.Name)?.Mode ?? DeliveryMode.Immediate;
                if (mode == DeliveryMode.Off) continue;
                var next = mode == DeliveryMode.Immediate && channel.Name != InApp && calendar is not null && quiet.Contains(person.Id)
                    ? OfficeHours.NextOpenFrom(calendar, now)
                    : now;
                var delivery = new NotificationDelivery
                {
                    ReminderId = reminderId, NoticeId = noticeId, RecipientId = person.Id, Channel = channel.Name, Address = address,
                    Status = mode == DeliveryMode.Digest ? DeliveryStatus.Digest : DeliveryStatus.Pending, NextAttemptAt = next, CreatedAt = now,
                };
                if (channel.Name == InApp)
                {
                    (delivery.Status, delivery.Attempts, delivery.SentAt) = (DeliveryStatus.Sent, 1, now);
                    inApp.Add(new Notification
                    {
                        Id = delivery.Id, PersonId = person.Id, MemoId = message.MemoId, Title = message.Title, Text = message.Text, Link = message.Link, CreatedAt = now,
                    });
                }
                planned.Add(delivery);
            }
        return (planned, inApp);
    }

    /// <summary>The deliveries to attempt now: pending and due (not held for a digest or for quiet hours).</summary>
    public static IReadOnlyList<Guid> DueNow(IEnumerable<NotificationDelivery> planned, DateTimeOffset now) =>
        planned.Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now).Select(d => d.Id).ToList();
}
