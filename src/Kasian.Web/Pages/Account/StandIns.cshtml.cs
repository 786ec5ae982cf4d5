using Kasian.Web.Common;
using Kasian.Web.Features.Me;
using Kasian.Web.Features.StandIns;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages.Account;

/// <summary>Ask for a stand-in while away, follow my requests, and decide the ones that are mine to decide.</summary>
public sealed class StandInsModel(IMediator mediator, Texts texts) : KasianPageModel
{
    private static readonly string[] Outcomes = ["requested", "approved", "rejected"];

    public StandInOverview? Overview { get; private set; }

    [BindProperty]
    public StandInForm Ask { get; set; } = new();

    /// <summary>What the last post did, shown once after the redirect.</summary>
    public string? Done { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Done = Outcomes.Contains(done) ? done : null;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAskAsync(CancellationToken ct)
    {
        var result = await mediator.Send(new RequestStandIn(Ask.StandInUsername, Ask.PositionCode, Ask.From, Ask.To, Ask.Reason), ct);
        return await AfterAsync(result, "requested", ct);
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, string? decisionReason, CancellationToken ct) =>
        await AfterAsync(await mediator.Send(new DecideStandIn(id, true, decisionReason), ct), "approved", ct);

    public async Task<IActionResult> OnPostRejectAsync(Guid id, string? decisionReason, CancellationToken ct) =>
        await AfterAsync(await mediator.Send(new DecideStandIn(id, false, decisionReason), ct), "rejected", ct);

    private async Task<IActionResult> AfterAsync(Result<StandInView> result, string outcome, CancellationToken ct)
    {
        if (result.IsSuccess) return Redirect($"/account/stand-ins?done={outcome}");
        Error = result.Problem;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var result = await mediator.Send(new ListStandIns(), ct);
        Error ??= result.Problem;
        Overview = result.Value;
    }

    public string? ErrorOf(string field) => Error?.Errors?.TryGetValue(field, out var messages) == true ? string.Join(" ", messages) : null;

    /// <summary>The problem in words about stand-in requests (the shared texts speak of memos).</summary>
    public string ProblemText(Problem problem) => problem.Code switch
    {
        "already-decided" => texts["standins.alreadyDecided"],
        "not-found" => texts["standins.notFound"],
        _ => texts.Problem(problem),
    };
}

/// <summary>The request form as posted; the handler validates.</summary>
public sealed class StandInForm
{
    public string? PositionCode { get; set; }

    public string? StandInUsername { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Reason { get; set; }
}
