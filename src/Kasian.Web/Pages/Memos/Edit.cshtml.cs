using Kasian.Web.Features.Memos;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages.Memos;

/// <summary>Edit a draft, or a memo returned or recalled to its originator; the engine refuses anyone else.</summary>
public sealed class EditModel(IMediator mediator) : KasianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public MemoForm Form { get; set; } = new();

    /// <summary>Why the memo came back to me, shown above the form: what this edit is for.</summary>
    public string? ReturnReason { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var memo = await mediator.Send(new GetMemo(Id), ct);
        if (memo.Value is null) return NotFound();
        Form = MemoForm.Of(memo.Value);
        ReturnReason = ReturnReasonOf(memo.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var edited = await mediator.Send(new EditMemo(Id, Form.ToFields()), ct);
        if (edited.Problem is null) return Redirect($"/memos/{Id}?acted=1");
        Error = edited.Problem;
        Response.StatusCode = edited.Problem.Status;
        if ((await mediator.Send(new GetMemo(Id), ct)).Value is { } memo) ReturnReason = ReturnReasonOf(memo);
        return Page();
    }

    private static string? ReturnReasonOf(Kasian.Web.Memos.MemoDetails memo) =>
        memo.Status == "returned" ? memo.Endorsements.LastOrDefault(e => e.Action == "return")?.Comment : null;
}
