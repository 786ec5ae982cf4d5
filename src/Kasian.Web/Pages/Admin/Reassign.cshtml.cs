using Kasian.Web.Features.Admin;
using Kasian.Web.Features.Admin.People;
using Kasian.Web.Features.Admin.Positions;
using Kasian.Web.Features.Memos;
using Kasian.Web.Memos;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages.Admin;

/// <summary>
/// Moves the step a memo waits at to another position, or to the post a person holds today, with a reason: the same
/// ReassignStep request as the API, recorded on the memo's timeline and in print.
/// </summary>
public sealed class ReassignModel(IMediator mediator) : AdminPageModel(mediator)
{
    public MemoDetails? Memo { get; private set; }

    public IReadOnlyList<PositionView> Positions { get; private set; } = [];

    public IReadOnlyList<PersonView> People { get; private set; } = [];

    [BindProperty]
    public ReassignForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await Mediator.Send(new ReassignStep(id, Form.StepId, Form.ToPosition, Form.ToPerson, Form.Reason), ct);
        if (result.IsSuccess) return Redirect($"/memos/{id}?acted=1");
        if (result.Problem is { Status: 404 }) return NotFound();
        Show(result.Problem!, "reassign");
        return await LoadAsync(id, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        await LoadMeAsync(ct);
        // The positions come first: reading them is what an administrator or auditor may do, so a clerk is refused
        // here before anything of the memo is shown.
        var positions = await Mediator.Send(new ListPositions(), ct);
        if (positions.Problem is { } problem)
        {
            Refuse(problem);
            return null;
        }
        var memo = await Mediator.Send(new GetMemo(id), ct);
        if (memo.Value is null) return NotFound();
        Memo = memo.Value;
        Positions = positions.Value!.Items;
        People = (await Mediator.Send(new ListPeople(), ct)).Value?.Items ?? [];
        if (!IsPosted("reassign")) Form.StepId = Memo.CurrentStep?.Id;
        return null;
    }

    public IEnumerable<(string, string)> PositionOptions =>
        Positions.Where(p => p.Active && p.Code != Memo?.CurrentStep?.Position).Select(p => (p.Code,
            $"{p.Title} ({p.Code}){(p.InForceToday.Count == 0 ? "" : " — " + string.Join(", ", p.InForceToday.Select(o => o.DisplayName)))}"));

    /// <summary>Those who hold a post today: the step goes to their post, so someone without one cannot be given it.</summary>
    public IEnumerable<(string, string)> PersonOptions =>
        People.Where(p => p.Active)
            .SelectMany(p => p.Capacities.Where(c => c.Kind == "holder").Take(1).Select(c => (p.Username, $"{p.DisplayName} — {c.Text}")));
}

/// <summary>The reassign form as posted: exactly one of position and person; the handler validates.</summary>
public sealed class ReassignForm
{
    public string? StepId { get; set; }

    public string? ToPosition { get; set; }

    public string? ToPerson { get; set; }

    public string? Reason { get; set; }
}
