using System.Security.Cryptography;
using System.Text;
using Kasian.Core.Thai;
using Kasian.Web.Data;
using Kasian.Web.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Notifications;

/// <summary>
/// The daily digest (08:30 on the office's working days): for each person and channel, one message listing what
/// was held for it (<see cref="DeliveryStatus.Digest"/>), then those deliveries are marked sent. A group is claimed
/// with one conditional UPDATE first, so two runs at once (two nodes) cannot both send it; a failed send leaves the
/// group held, with its error, for the next day's digest.
/// </summary>
public sealed class DigestRunner(KasianDbContext db, IEnumerable<INotificationChannel> channels, OfficeCalendars calendars,
    IOptions<NotificationOptions> options, ILogger<DigestRunner> log)
{
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var lease = options.Value.Retry.Lease;
        var held = await (from d in db.NotificationDeliveries.AsNoTracking()
                          join p in db.People on d.RecipientId equals p.Id
                          where d.Status == DeliveryStatus.Digest && d.NextAttemptAt <= now
                          select new { d.Id, d.RecipientId, d.Channel, p.OrganisationId }).ToListAsync(ct);
        var sent = 0;
        var today = ThaiDate.BangkokDate(now);
        foreach (var group in held.GroupBy(x => (x.RecipientId, x.Channel)))
        {
            var calendar = await calendars.ForAsync(group.First().OrganisationId, ct);
            if (!calendar.IsWorkingDay(today)) continue;
            var ids = group.Select(x => x.Id).ToList();
            var claimedUntil = now + lease;
            var claimed = await db.NotificationDeliveries
                .Where(d => ids.Contains(d.Id) && d.Status == DeliveryStatus.Digest && d.NextAttemptAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, claimedUntil).SetProperty(d => d.Attempts, d => d.Attempts + 1), ct);
            if (claimed == 0) continue;
            var rows = await db.NotificationDeliveries.AsNoTracking()
                .Where(d => ids.Contains(d.Id) && d.Status == DeliveryStatus.Digest && d.NextAttemptAt == claimedUntil)
                .OrderBy(d => d.CreatedAt).ToListAsync(ct);
            if (rows.Count == 0) continue;
            var mine = rows.Select(d => d.Id).ToList();
            var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == group.Key.RecipientId, ct);
            var messages = new List<OutgoingMessage>();
            foreach (var row in rows) messages.Add(await DeliveryRunner.MessageAsync(db, row, ct));
            var digest = Compose(messages, today, options.Value.PublicBaseUrl);
            try
            {
                var channel = channels.FirstOrDefault(c => c.Name == group.Key.Channel)
                    ?? throw new DeliveryFailedException($"No channel named '{group.Key.Channel}' in this build.");
                await channel.SendAsync(digest, person, rows[^1].Address, ct);
                await db.NotificationDeliveries.Where(d => mine.Contains(d.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Sent).SetProperty(d => d.SentAt, now).SetProperty(d => d.LastError, (string?)null), ct);
                sent++;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                var error = DeliveryRunner.Describe(e);
                // Held for the next digest: the claim is let go at once.
                await db.NotificationDeliveries.Where(d => mine.Contains(d.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.LastError, error).SetProperty(d => d.NextAttemptAt, now), CancellationToken.None);
                log.LogWarning("Digest over {Channel} to {Recipient} failed: {Error}", group.Key.Channel, person.Username, error);
            }
        }
        return sent;
    }

    /// <summary>One message for the day: a line and a link per notification. Its id comes from the deliveries it carries, so a retried send is recognisably the same message.</summary>
    public static OutgoingMessage Compose(IReadOnlyList<OutgoingMessage> messages, DateOnly day, string publicBaseUrl)
    {
        var id = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes("digest:" + string.Join(",", messages.Select(m => m.DeliveryId.ToString("N"))))).AsSpan(0, 16));
        var title = $"[เกษียน] สรุปการแจ้งเตือนประจำวันที่ {ThaiDate.ShortForm(day)} ({ThaiDigits.ToThai(messages.Count)} รายการ)";
        var lines = messages.Select((m, i) => $"{ThaiDigits.ToThai(i + 1)}. {m.Title}\n   {m.Link}");
        var link = $"{publicBaseUrl.TrimEnd('/')}/notifications";
        return new OutgoingMessage(id, messages[0].MemoId, "digest", title, string.Join("\n", lines) + $"\n\nการแจ้งเตือนทั้งหมด: {link}", link);
    }
}
