using Kasian.Core.Routes;
using Kasian.Web.Common;
using Kasian.Web.Features.Me;
using Kasian.Web.Features.Memos;
using Kasian.Web.Memos;
using Kasian.Web.Workflows;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Pages.Memos;

/// <summary>
/// One memo: its fields, attachments, timeline, and an action panel offering exactly what the engine
/// would accept from me now. Every step action posts the step it acts on, so a stale page or a double
/// click is refused (409) instead of acting twice.
/// </summary>
public sealed class DetailsModel(IMediator mediator, WorkflowLibrary workflows, IOptions<KasianOptions> options) : KasianPageModel
{
    public MemoDetails Memo { get; private set; } = null!;

    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    /// <summary>The capacity in which I may act at the current step, or null when it is not mine.</summary>
    public CapacityView? MyCapacity { get; private set; }

    public bool IsOriginator { get; private set; }

    public bool CanEdit => IsOriginator && Memo.Status is "draft" or "returned" or "recalled";

    public bool CanRecall => IsOriginator && Memo.Status == "pending";

    /// <summary>Set after an action of mine, when the memo now waits at a step I also hold (the seed's acting Palad).</summary>
    public bool ActAgain { get; private set; }

    public bool Acted { get; private set; }

    /// <summary>After an action, the next memo waiting for me in inbox order, so an approver goes on without the list.</summary>
    public MemoSummary? Next { get; private set; }

    /// <summary>Why the memo came back, while it is with its originator after a return.</summary>
    public string? ReturnReason => Memo.Status == "returned" ? Memo.Endorsements.LastOrDefault(e => e.Action == "return")?.Comment : null;

    /// <summary>An administrator may move the step the memo waits at to another position (reassign).</summary>
    public bool MayReassign { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? acted, string? problem, CancellationToken ct)
    {
        // Only codes we have words for: a crafted link cannot put its own text on the page.
        if (problem is not null && Texts.All.ContainsKey("problem." + problem)) Error = new Problem(400, problem, problem, problem);
        if (await LoadAsync(id, ct) is { } notFound) return notFound;
        Acted = acted is not null && Error is null;
        ActAgain = Acted && MyCapacity is not null;
        if (Acted && !ActAgain)
            Next = (await mediator.Send(new ListMemos("inbox", null, null, null, 1), ct)).Value?.Items.FirstOrDefault(m => m.Id != id);
        return Page();
    }

    public Task<IActionResult> OnPostEndorseAsync(Guid id, string? stepId, string? comment, CancellationToken ct) =>
        StepAsync(id, new EndorseMemo(id, new StepActionBody(stepId, comment, null), Brief: true), ct);

    public Task<IActionResult> OnPostApproveAsync(Guid id, string? stepId, string? comment, CancellationToken ct) =>
        StepAsync(id, new ApproveMemo(id, new StepActionBody(stepId, comment, null), Brief: true), ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, string? stepId, string? reason, CancellationToken ct) =>
        StepAsync(id, new RejectMemo(id, new StepActionBody(stepId, null, reason), Brief: true), ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, string? stepId, string? reason, CancellationToken ct) =>
        StepAsync(id, new ReturnMemo(id, new StepActionBody(stepId, null, reason), Brief: true), ct);

    public Task<IActionResult> OnPostAcknowledgeAsync(Guid id, string? stepId, string? comment, CancellationToken ct) =>
        StepAsync(id, new AcknowledgeMemo(id, new StepActionBody(stepId, comment, null), Brief: true), ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) => ActAsync(id, new SubmitMemo(id), ct);

    public Task<IActionResult> OnPostRecallAsync(Guid id, CancellationToken ct) => ActAsync(id, new RecallMemo(id), ct);

    public async Task<IActionResult> OnPostAttachAsync(Guid id, IFormFile? file, CancellationToken ct)
    {
        var problem = file is null ? Problem.Invalid("file", "Choose a file.") : await Attachments.AddAsync(mediator, options, id, file, ct);
        return await AfterAsync(id, problem, ct);
    }

    private async Task<IActionResult> ActAsync(Guid id, IRequest<Result<MemoDetails>> request, CancellationToken ct) =>
        await AfterAsync(id, (await mediator.Send(request, ct)).Problem, ct);

    // The page redirects after acting, so it asks for the brief answer: no read-back of the whole memo.
    private async Task<IActionResult> StepAsync(Guid id, IStepActionRequest request, CancellationToken ct) =>
        await AfterAsync(id, (await mediator.Send(request, ct)).Problem, ct);

    /// <summary>Success redirects (so a reload never re-posts); a refusal shows the page again with the reason.</summary>
    private async Task<IActionResult> AfterAsync(Guid id, Problem? problem, CancellationToken ct)
    {
        if (problem is null) return Redirect($"/memos/{id}?acted=1");
        Error = problem;
        Response.StatusCode = problem.Status;
        return await LoadAsync(id, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var memo = await mediator.Send(new GetMemo(id), ct);
        if (memo.Value is null) return NotFound();
        Memo = memo.Value;
        var me = (await mediator.Send(new GetMe(), ct)).Value;
        var events = (await mediator.Send(new GetMemoEvents(id), ct)).Value ?? [];
        var route = Memo.RouteVersion is { } v ? workflows.Routes.Find(new RouteKey(Memo.RouteId, v)) : workflows.Routes.FindLatest(Memo.RouteId);
        Timeline = TimelineEntry.From(events, route);

        IsOriginator = me is not null && me.Username == Memo.Originator.Username;
        MayReassign = me?.IsAdministrator == true && Memo.Status == "pending" && Memo.CurrentStep is not null;
        if (me is not null && Memo.Status == "pending" && Memo.CurrentStep is { } step && (!IsOriginator || route?.OriginatorMayAct == true))
            MyCapacity = me.Capacities.FirstOrDefault(c => c.Position == Memo!.CurrentStep!.Position);
        return null;
    }
}
