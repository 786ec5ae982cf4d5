using Kasian.Web.Common;
using Kasian.Web.Features.Memos;
using Kasian.Web.Memos;
using Kasian.Web.Pages.Shared;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages;

/// <summary>
/// The inbox: everything that waits for me (memos sent back to me first, then those at a step I hold or act in,
/// then my drafts). Memos waiting to be endorsed or approved can be ticked and decided together, without JavaScript:
/// tick them (or "select all"), choose the action, confirm — each memo is its own decision (<see cref="BulkDecide"/>).
/// </summary>
public sealed class IndexModel(IMediator mediator) : KasianPageModel
{
    private static readonly IReadOnlySet<string> NoneTicked = new HashSet<string>();

    public string? Q { get; private set; }

    public int? PageNumber { get; private set; }

    public bool All { get; private set; }

    public MemoTable? Table { get; private set; }

    /// <summary>Set between choosing an action and confirming it: what will be decided.</summary>
    public BulkConfirmation? Confirming { get; private set; }

    /// <summary>Set after a bulk decision: each memo's result, in the order chosen.</summary>
    public IReadOnlyList<(string Subject, BulkItemResult Result)>? Decided { get; private set; }

    public async Task OnGetAsync(string? q, int? page, bool all, CancellationToken ct)
    {
        (Q, PageNumber, All) = (q, page, all);
        await LoadAsync(NoneTicked, ct);
    }

    /// <summary>The action chosen for the ticked memos: ask to confirm, naming each of them.</summary>
    public async Task<IActionResult> OnPostBulkAsync(string? action, string[]? items, string? q, int? page, CancellationToken ct)
    {
        (Q, PageNumber) = (q, page);
        var chosen = items ?? [];
        if (chosen.Length == 0 || action is not ("approve" or "endorse"))
        {
            Error = Problem.Invalid("items", "Tick at least one memo.");
            Response.StatusCode = 400;
        }
        await LoadAsync(chosen.ToHashSet(), ct);
        if (Error is null)
            Confirming = new BulkConfirmation(action!, chosen.Select(v => (v, SubjectOf(BulkChoice.Parse(v).MemoId))).ToList());
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? action, string? comment, string[]? items, string? q, int? page, CancellationToken ct)
    {
        (Q, PageNumber) = (q, page);
        var chosen = (items ?? []).Select(BulkChoice.Parse).ToList();
        // The subjects as the inbox showed them, read before deciding: an approved memo leaves the inbox.
        await LoadAsync(NoneTicked, ct);
        var subjects = chosen.ToDictionary(i => i.MemoId ?? Guid.Empty, i => SubjectOf(i.MemoId));
        var result = await mediator.Send(new BulkDecide(action, comment, chosen), ct);
        if (result.Problem is { } problem)
        {
            Error = problem;
            Response.StatusCode = problem.Status;
        }
        else Decided = result.Value!.Results.Select(r => (subjects.GetValueOrDefault(r.MemoId) ?? "", r)).ToList();
        await LoadAsync(NoneTicked, ct);
        return Page();
    }

    private string SubjectOf(Guid? memo) => Table?.Page.Items.FirstOrDefault(m => m.Id == memo)?.Subject ?? memo?.ToString() ?? "";

    private async Task LoadAsync(IReadOnlySet<string> ticked, CancellationToken ct)
    {
        var result = await mediator.Send(new ListMemos("inbox", null, null, Q, PageNumber), ct);
        if (result.Problem is { } problem)
        {
            Error ??= problem;
            Table = null;
            return;
        }
        var page = result.Value!;
        var waiting = page.Items.Where(m => m.Status == "pending").Select(m => m.Id).ToList();
        var steps = waiting.Count == 0 ? new Dictionary<Guid, StepView>() : (await mediator.Send(new DescribeCurrentSteps(waiting), ct)).Value;
        var choosable = (steps ?? new Dictionary<Guid, StepView>()).Where(s => s.Value.Action is "endorse" or "decide").ToDictionary(s => s.Key, s => s.Value);
        if (All) ticked = choosable.Select(s => BulkChoice.Value(s.Key, s.Value.Id)).ToHashSet();
        Table = new MemoTable(MemoTableMode.Inbox, page, new Dictionary<Guid, StepView>(), "inbox.empty",
            p => $"/?q={Uri.EscapeDataString(Q ?? "")}&page={p}", choosable.Count > 0 ? new BulkChoice(choosable, ticked) : null);
    }
}

/// <param name="Items">Each chosen memo's checkbox value and its subject.</param>
public sealed record BulkConfirmation(string Action, IReadOnlyList<(string Value, string Subject)> Items);
