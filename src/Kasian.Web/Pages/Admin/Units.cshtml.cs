using Kasian.Web.Common;
using Kasian.Web.Features.Admin.Units;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages.Admin;

/// <summary>The office's units (ส่วนราชการ/กอง): add one; rename it, change its phone, close or reopen it.</summary>
public sealed class UnitsModel(IMediator mediator) : AdminPageModel(mediator)
{
    public IReadOnlyList<UnitView> Units { get; private set; } = [];

    [BindProperty]
    public UnitForm New { get; set; } = new();

    [BindProperty]
    public UnitForm Edit { get; set; } = new();

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        ShowDone(done);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct) =>
        await AfterAsync(await Mediator.Send(new CreateUnit(New.Name, New.Phone), ct), "new", "created", ct);

    public async Task<IActionResult> OnPostEditAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(await Mediator.Send(new EditUnit(id, Edit.Name, Edit.Phone, Edit.Active), ct), $"edit-{id}", "saved", ct);

    private async Task<IActionResult> AfterAsync(Result<UnitView> result, string form, string done, CancellationToken ct)
    {
        if (result.IsSuccess) return Back("/admin/units", done);
        Show(result.Problem!, form);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadMeAsync(ct);
        var units = await Mediator.Send(new ListUnits(), ct);
        if (units.Problem is { } problem) Refuse(problem);
        else Units = units.Value!.Items;
    }

    /// <summary>The values a row's edit form shows: what was typed when that row was refused, else what is stored.</summary>
    public UnitForm EditValues(UnitView unit) => IsPosted($"edit-{unit.Id}") ? Edit : new UnitForm { Name = unit.Name, Phone = unit.Phone, Active = unit.Active };
}

/// <summary>A unit's fields as a form posts them; the handler validates.</summary>
public sealed class UnitForm
{
    public string? Name { get; set; }

    public string? Phone { get; set; }

    /// <summary>An unchecked box posts nothing, which reads as closed.</summary>
    public bool Active { get; set; }
}
