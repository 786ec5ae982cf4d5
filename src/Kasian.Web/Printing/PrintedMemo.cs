using Kasian.Core.Memos;
using Kasian.Core.Routes;
using Kasian.Core.Thai;
using Kasian.Web.Data;
using Kasian.Web.Memos;
using Kasian.Web.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Printing;

/// <summary>
/// The official บันทึกข้อความ as it prints, on the print page and in the PDF alike: the memo, then one block per
/// route step in route order with the act recorded there. Always Thai, Thai digits, BE dates (ระเบียบงานสารบรรณ),
/// whatever language the reader browses in.
/// </summary>
public sealed record PrintedMemo(MemoDetails Memo, string OrganisationName, IReadOnlyList<PrintedStep> Steps)
{
    /// <summary>Kinds of local administration whose name a step title may end with, as "ความเห็นปลัดองค์การบริหารส่วนตำบล".</summary>
    private static readonly string[] OrganisationKinds =
        ["องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร"];

    public static async Task<PrintedMemo> LoadAsync(KasianDbContext db, WorkflowLibrary workflows, MemoDetails memo, CancellationToken ct)
    {
        var id = new MemoId(memo.Id);
        var organisation = await db.Memos.AsNoTracking().Where(m => m.Id == id)
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (_, o) => o.Name).SingleAsync(ct);
        var route = memo.RouteVersion is { } v ? workflows.Routes.Find(new RouteKey(memo.RouteId, v)) : workflows.Routes.FindLatest(memo.RouteId);
        return From(memo, route, organisation);
    }

    public static PrintedMemo From(MemoDetails memo, RouteDefinition? route, string organisationName)
    {
        // This round's endorsements only: after a return and resubmission the memo is signed afresh; the timeline keeps the rest.
        var acts = memo.Endorsements.Where(e => e.Round == memo.Round).ToList();
        var steps = route is null
            ? acts.Select(a => new PrintedStep(a.StepId, Heading(a.StepTitle, organisationName), "endorse", a)).ToList()
            : route.Steps.Select(s => new PrintedStep(s.Id, Heading(s.Title, organisationName), s.Action.ToString().ToLowerInvariant(),
                acts.LastOrDefault(a => a.StepId == s.Id))).ToList();
        return new PrintedMemo(memo, organisationName, steps);
    }

    /// <summary>
    /// A route serves every organisation of a kind, so its titles end with the kind ("...องค์การบริหารส่วนตำบล");
    /// the paper names the organisation, as the seed does: ความเห็นปลัดองค์การบริหารส่วนตำบลภูซาง.
    /// </summary>
    public static string Heading(string stepTitle, string organisationName)
    {
        foreach (var kind in OrganisationKinds)
        {
            if (organisationName.StartsWith(kind, StringComparison.Ordinal) && organisationName.Length > kind.Length
                && stepTitle.EndsWith(kind, StringComparison.Ordinal))
                return Th(stepTitle + organisationName[kind.Length..]);
        }
        return Th(stepTitle);
    }

    public static string Th(string? text) => text is null ? "" : ThaiDigits.ToThai(text);

    /// <summary>The seed breaks an acting line after "รักษาราชการแทน", the post acted in on a line of its own.</summary>
    public static IReadOnlyList<string> CapacityLines(string text)
    {
        foreach (var marker in new[] { " รักษาราชการแทน ", " ปฏิบัติราชการแทน " })
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0) return [Th(text[..(at + marker.Length - 1)]), Th(text[(at + marker.Length)..])];
        }
        return [Th(text)];
    }

    public static string Date(DateTimeOffset at) => ThaiDate.ShortForm(ThaiDate.BangkokDate(at));
}

/// <summary>One step's block on the printed memo: its heading, and the act recorded there (null while it has not been reached).</summary>
public sealed record PrintedStep(string StepId, string Title, string Action, EndorsementView? Act);
