using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Thai;
using Kasian.Web.Chain;
using Kasian.Web.Data;
using Kasian.Web.Memos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kasian.Web.Pages;

/// <summary>
/// What the QR code on the paper opens, for anyone holding it, signed in or not: the number, date, subject and status,
/// who signed in which capacity, and whether the record still matches its chain. Nothing else of the memo.
/// </summary>
[AllowAnonymous]
public sealed class VerifyModel(KasianDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Signature(string Name, string Capacity, string Act, string AtThai);

    public bool Found { get; private set; }

    public string? Number { get; private set; }

    public string? DateThai { get; private set; }

    public string Subject { get; private set; } = "";

    public string Status { get; private set; } = "";

    public IReadOnlyList<Signature> Signatures { get; private set; } = [];

    public RecordState State { get; private set; }

    public async Task OnGetAsync(string code, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex";
        // The code is the memo id as the QR code writes it; a draft is no official paper to verify.
        var memo = Guid.TryParseExact(code, "N", out var id) ? await db.Memos.FindAsync([new MemoId(id)], ct) : null;
        if (memo is null || memo.Status == MemoStatus.Draft)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var events = await MemoRecordCheck.EventsAsync(db, memo.Id, ct);
        (State, _) = await MemoRecordCheck.CheckAsync(db, memo, events, clock.GetUtcNow(), ct);
        Found = true;
        Number = memo.Number is null ? null : ThaiDigits.ToThai(memo.Number);
        DateThai = memo.MemoDate is { } d ? ThaiDate.LongForm(d) : null;
        Subject = ThaiDigits.ToThai(memo.Subject);
        Status = Texts.All["status." + memo.Status.ToString().ToLowerInvariant()].Th;
        Signatures = SignaturesOf(memo, events);
    }

    private static List<Signature> SignaturesOf(Memo memo, List<MemoEventRecord> events)
    {
        var signatures = new List<Signature>();
        if (events.FirstOrDefault() is { } created)
            signatures.Add(new(created.ActorName ?? "", memo.OriginatorPositionTitle, "ผู้เสนอ", ThaiDate.ShortWithTime(created.At)));
        foreach (var e in events)
        {
            MemoEvent payload;
            try { payload = EventJson.Deserialize(e.Payload); }
            catch (System.Text.Json.JsonException) { continue; }
            if (payload is StepActed acted) signatures.Add(new(e.ActorName ?? "", acted.Capacity.Text, Act(acted), ThaiDate.ShortWithTime(e.At)));
        }
        return signatures;
    }

    private static string Act(StepActed acted) => acted switch
    {
        MemoApproved => "เห็นชอบ",
        MemoRejected => "ไม่เห็นชอบ",
        MemoReturned => "ส่งคืนแก้ไข",
        MemoAcknowledged => "ทราบ",
        _ => "ความเห็น",
    };
}
