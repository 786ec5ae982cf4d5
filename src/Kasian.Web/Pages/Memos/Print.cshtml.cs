using Kasian.Core.Routes;
using Kasian.Core.Thai;
using Kasian.Web.Features.Memos;
using Kasian.Web.Memos;
using Kasian.Web.Workflows;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kasian.Web.Pages.Memos;

/// <summary>
/// The official บันทึกข้อความ, A4, as the seed memo prints: the form, the body and signature, then each
/// step's เกษียน stacked below in route order, the decision as ☑/☐ boxes. Always Thai, Thai digits, BE dates
/// (ระเบียบงานสารบรรณ), whatever language the reader browses in.
/// </summary>
public sealed class PrintModel(IMediator mediator, WorkflowLibrary workflows) : PageModel
{
    public MemoDetails Memo { get; private set; } = null!;

    public IReadOnlyList<PrintedStep> Steps { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var memo = (await mediator.Send(new GetMemo(id), ct)).Value;
        if (memo is null) return NotFound();
        Memo = memo;
        var route = memo.RouteVersion is { } v ? workflows.Routes.Find(new RouteKey(memo.RouteId, v)) : workflows.Routes.FindLatest(memo.RouteId);
        // This round's endorsements only: after a return and resubmission the memo is signed afresh; the timeline keeps the rest.
        var acts = memo.Endorsements.Where(e => e.Round == memo.Round).ToList();
        Steps = route is null
            ? acts.Select(a => new PrintedStep(a.StepId, a.StepTitle, "endorse", a)).ToList()
            : route.Steps.Select(s => new PrintedStep(s.Id, s.Title, s.Action.ToString().ToLowerInvariant(), acts.LastOrDefault(a => a.StepId == s.Id))).ToList();
        return Page();
    }

    public IEnumerable<ReassignmentView> ReassignedAt(string stepId) => Memo.Reassignments.Where(r => r.StepId == stepId && r.Round == Memo.Round);

    public static string Th(string? text) => text is null ? "" : ThaiDigits.ToThai(text);

    /// <summary>The seed breaks an acting line after "รักษาราชการแทน", the post acted in on a line of its own.</summary>
    public static IEnumerable<string> CapacityLines(string text)
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

/// <summary>One step's block on the printed memo: its title, and the act recorded there (null while it has not been reached).</summary>
public sealed record PrintedStep(string StepId, string Title, string Action, EndorsementView? Act);
