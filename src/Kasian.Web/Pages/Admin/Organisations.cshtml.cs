using Kasian.Web.Features.Admin;
using Kasian.Web.Features.Setup;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages.Admin;

/// <summary>The offices of this installation, and adding one with its first administrator (installation administrators).</summary>
public sealed class OrganisationsModel(IMediator mediator) : AdminPageModel(mediator)
{
    public IReadOnlyList<OrganisationView> Organisations { get; private set; } = [];

    [BindProperty]
    public SetupForm Form { get; set; } = new();

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        ShowDone(done);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var f = Form;
        var created = await Mediator.Send(new CreateOrganisation(
            new SetupOrganisation(f.Code, f.Name, f.ShortName, f.RegisterPrefix, f.Province, f.District),
            new SetupAdministrator(f.Username, f.Password, f.DisplayName)), ct);
        if (created.IsSuccess) return Back("/admin/organisations", "officeCreated");
        Show(created.Problem!, "new");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadMeAsync(ct);
        var organisations = await Mediator.Send(new ListOrganisations(), ct);
        if (organisations.Problem is { } problem) Refuse(problem);
        else Organisations = organisations.Value!;
    }
}
