using Kasian.Web.Common;
using Kasian.Web.Features.Admin.Positions;
using Kasian.Web.Features.Admin.Units;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages.Admin;

/// <summary>The office's positions (ตำแหน่ง): the code routes name, the title printed under a signature, unit and superior; who is in each today.</summary>
public sealed class PositionsModel(IMediator mediator) : AdminPageModel(mediator)
{
    public IReadOnlyList<PositionView> Positions { get; private set; } = [];

    public IReadOnlyList<UnitView> Units { get; private set; } = [];

    [BindProperty]
    public PositionForm New { get; set; } = new();

    [BindProperty]
    public PositionForm Edit { get; set; } = new();

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        ShowDone(done);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct) =>
        await AfterAsync(await Mediator.Send(new CreatePosition(New.Code, New.Title, New.UnitId, New.SuperiorPositionId), ct), "new", "created", ct);

    public async Task<IActionResult> OnPostEditAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(await Mediator.Send(new EditPosition(id, Edit.Title, Edit.UnitId, Edit.SuperiorPositionId, Edit.Active), ct), $"edit-{id}", "saved", ct);

    private async Task<IActionResult> AfterAsync(Result<PositionView> result, string form, string done, CancellationToken ct)
    {
        if (result.IsSuccess) return Back("/admin/positions", done);
        Show(result.Problem!, form);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadMeAsync(ct);
        var positions = await Mediator.Send(new ListPositions(), ct);
        if (positions.Problem is { } problem)
        {
            Refuse(problem);
            return;
        }
        Positions = positions.Value!.Items;
        Units = (await Mediator.Send(new ListUnits(), ct)).Value?.Items ?? [];
    }

    public PositionForm EditValues(PositionView p) => IsPosted($"edit-{p.Id}") ? Edit
        : new PositionForm { Code = p.Code, Title = p.Title, UnitId = p.UnitId, SuperiorPositionId = p.SuperiorPositionId, Active = p.Active };

    /// <summary>Open units to choose from, and the one already chosen even if it has closed since.</summary>
    public IEnumerable<(string, string)> UnitOptions(Guid? current) =>
        Units.Where(u => u.Active || u.Id == current).Select(u => (u.Id.ToString(), u.Name));

    /// <summary>Active positions other than this one, and the superior already chosen even if abolished since.</summary>
    public IEnumerable<(string, string)> SuperiorOptions(Guid? self, Guid? current) =>
        Positions.Where(p => p.Id != self && (p.Active || p.Id == current)).Select(p => (p.Id.ToString(), $"{p.Title} ({p.Code})"));
}

/// <summary>A position's fields as a form posts them; the handler validates.</summary>
public sealed class PositionForm
{
    public string? Code { get; set; }

    public string? Title { get; set; }

    public Guid? UnitId { get; set; }

    public Guid? SuperiorPositionId { get; set; }

    public bool Active { get; set; }
}
