using Kasian.Web.Data;
using Kasian.Web.Features.Memos;
using Kasian.Web.Memos;
using Kasian.Web.Printing;
using Kasian.Web.Workflows;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kasian.Web.Pages.Memos;

/// <summary>
/// The official บันทึกข้อความ, A4, as the seed memo prints: the form, the body and signature, then each
/// step's เกษียน stacked below in route order, the decision as ☑/☐ boxes (<see cref="PrintedMemo"/>, which the PDF draws too).
/// </summary>
public sealed class PrintModel(IMediator mediator, KasianDbContext db, WorkflowLibrary workflows, IPrintImageSource images) : PageModel
{
    public MemoDetails Memo { get; private set; } = null!;

    public IReadOnlyList<PrintedStep> Steps { get; private set; } = [];

    /// <summary>The uploaded emblem and signatures, as the PDF prints them: nothing where none was uploaded.</summary>
    public PrintImages Images { get; private set; } = PrintImages.None;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var memo = (await mediator.Send(new GetMemo(id), ct)).Value;
        if (memo is null) return NotFound();
        Memo = memo;
        var printed = await PrintedMemo.LoadAsync(db, workflows, memo, ct);
        Steps = printed.Steps;
        Images = await images.LoadAsync(printed, ct);
        return Page();
    }

    public IEnumerable<ReassignmentView> ReassignedAt(string stepId) => Memo.Reassignments.Where(r => r.StepId == stepId && r.Round == Memo.Round);
}
