using Kasian.Web.Features.Admin.Routes;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages.Admin;

/// <summary>The routes this office sees (files and its own published ones, every version) and the import form.</summary>
public sealed class RoutesModel(IMediator mediator) : AdminPageModel(mediator)
{
    /// <summary>The largest route file the import form reads: the API's own body limit.</summary>
    private const long MaxImportBytes = Features.Endpoints.MaxRequestBytes;

    public IReadOnlyList<OfficeRouteView> Routes { get; private set; } = [];

    [BindProperty]
    public string? ImportJson { get; set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        ShowDone(done);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        var json = ImportJson;
        if (file is { Length: > 0 and <= MaxImportBytes })
        {
            using var reader = new StreamReader(file.OpenReadStream());
            json = await reader.ReadToEndAsync(ct);
        }
        var result = await Mediator.Send(new PublishRoute(json), ct);
        if (result.Value is { } published)
            return Back($"/admin/routes/{published.Route.Id}/{published.Route.Version}", published.Created ? "published" : "unchanged");
        ImportJson = json;
        Show(result.Problem!, "import");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadMeAsync(ct);
        var routes = await Mediator.Send(new ListOfficeRoutes(), ct);
        if (routes.Problem is { } problem)
        {
            Refuse(problem);
            return;
        }
        Routes = routes.Value!.Items;
    }
}
