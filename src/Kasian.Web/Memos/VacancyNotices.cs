using System.Security.Cryptography;
using System.Text;
using Kasian.Core.Engine;
using Kasian.Core.Thai;
using Kasian.Web.Data;
using Kasian.Web.Notifications;
using Kasian.Web.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Memos;

/// <summary>
/// Tells an office's administrators, in Kasian, when a memo's step has opened at a position nobody holds today,
/// so that they appoint someone or reassign the step. Runs after the action commits; each notice's id is made
/// from the memo, the event and the administrator, so a retry or a second node cannot tell anyone twice.
/// </summary>
public sealed class VacancyNotices(StaffedPositions staffed, IOptions<NotificationOptions> options, ILogger<VacancyNotices> log)
{
    public async Task NoticeAsync(KasianDbContext db, Memo memo, IReadOnlyList<MemoEventRecord> records, IReadOnlyList<MemoEvent> events, DateTimeOffset now, CancellationToken ct)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is not StepOpened opened) continue;
            if ((await staffed.CachedAsync(db, memo.OrganisationId, ct)).Contains(opened.Position)) continue;
            // The copy may be a minute old: only the database says a post is really vacant.
            staffed.Forget(memo.OrganisationId);
            if ((await staffed.CachedAsync(db, memo.OrganisationId, ct)).Contains(opened.Position)) continue;
            await TellAdministratorsAsync(db, memo, records[i].Sequence, opened, now, ct);
        }
    }

    private async Task TellAdministratorsAsync(KasianDbContext db, Memo memo, int sequence, StepOpened opened, DateTimeOffset now, CancellationToken ct)
    {
        var admins = await db.People.AsNoTracking()
            .Where(p => p.OrganisationId == memo.OrganisationId && p.Active && (p.Roles & Roles.Administrator) != 0)
            .Select(p => p.Id).ToListAsync(ct);
        var title = await db.Positions.AsNoTracking()
            .Where(p => p.OrganisationId == memo.OrganisationId && p.Code == opened.Position).Select(p => p.Title).FirstOrDefaultAsync(ct) ?? opened.Position;
        var number = memo.Number ?? "";
        foreach (var admin in admins)
        {
            var id = NoticeId(memo.Id.Value, sequence, admin.Value);
            if (await db.Notifications.AnyAsync(n => n.Id == id, ct)) continue;
            db.Notifications.Add(new Notification
            {
                Id = id,
                PersonId = admin,
                MemoId = memo.Id,
                Title = $"ตำแหน่งว่าง: {title}",
                Text = $"หนังสือ {number} เรื่อง {memo.Subject} รอที่ตำแหน่ง {title} ซึ่งวันนี้ไม่มีผู้ดำรงตำแหน่งหรือผู้รักษาราชการแทน "
                    + $"({ThaiDate.ShortWithTime(now)}) กรุณาแต่งตั้งผู้รักษาราชการแทนหรือมอบหมายขั้นตอนนี้ให้ตำแหน่งอื่น",
                Link = ReminderMessages.LinkTo(options.Value.PublicBaseUrl, memo.Id.Value),
                CreatedAt = now,
            });
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (MemoActions.IsUniqueViolation(e))
        {
            log.LogDebug("Vacancy notice for memo {Memo} already written by another node", memo.Id.Value);
        }
        log.LogWarning("Memo {Memo} waits at vacant position {Position}; {Count} administrators told", memo.Id.Value, opened.Position, admins.Count);
    }

    private static Guid NoticeId(Guid memo, int sequence, Guid admin)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"vacancy:{memo:N}:{sequence}:{admin:N}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
