using System.Text.Json;
using Kasian.Core.Thai;
using Kasian.Web.Data;
using Kasian.Web.Memos;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Memos;

/// <summary>
/// What a search for some words finds: the number (typed in Thai or Latin digits), the subject, the body, what the
/// approvers wrote (comments, reasons) and the originator's name. Lower-casing both sides makes Latin text
/// case-insensitive on every provider (Thai has no case).
/// </summary>
public static class MemoSearch
{
    // Event payloads are canonical JSON, stored once and never rewritten (EventJson), so their property order is
    // fixed: a step act writes its comment or reason first, then "stepId"; a reassignment writes its reason last.
    // Anchoring the words between those keys finds them in what a person wrote, not in position codes or capacity
    // lines that every memo at that step carries.
    private const string CommentThenStep = "%\"comment\":\"%{0}%\",\"stepid\":%";
    private const string ReasonThenStep = "%\"reason\":\"%{0}%\",\"stepid\":%";
    private const string ReasonLast = "%\"toposition\":\"%\",\"reason\":\"%{0}%\"}";

    public static IQueryable<Memo> Matching(KasianDbContext db, IQueryable<Memo> memos, string text)
    {
        var q = text.Trim().ToLowerInvariant();
        var thai = ThaiDigits.ToThai(q);
        var inJson = LikeEscape(JsonSerializer.Serialize(q, EventJson.Options)[1..^1]);
        var (comment, reason, reassigned) = (Pattern(CommentThenStep, inJson), Pattern(ReasonThenStep, inJson), Pattern(ReasonLast, inJson));
#pragma warning disable CA1862 // translated to SQL lower(); a StringComparison overload would not translate on every provider
        return memos.Where(m => m.Subject.ToLower().Contains(q)
            || (m.Number != null && m.Number.Contains(thai))
            || m.Body.ToLower().Contains(q) || m.Body.Contains(thai)
            || db.People.Any(p => p.Id == m.OriginatorId && p.DisplayName.ToLower().Contains(q))
            || db.MemoEvents.Any(e => e.MemoId == m.Id
                && (EF.Functions.Like(e.Payload.ToLower(), comment, "\\") || EF.Functions.Like(e.Payload.ToLower(), reason, "\\")
                    || EF.Functions.Like(e.Payload.ToLower(), reassigned, "\\"))));
#pragma warning restore CA1862
    }

    private static string Pattern(string shape, string words) => shape.Replace("{0}", words, StringComparison.Ordinal);

    private static string LikeEscape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
