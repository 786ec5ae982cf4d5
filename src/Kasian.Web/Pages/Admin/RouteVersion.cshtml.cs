using System.Text;
using Kasian.Core.Routes;
using Kasian.Web.Features.Admin.Routes;
using Kasian.Web.Workflows;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages.Admin;

/// <summary>One route version: its diagram, its steps, and its JSON to export.</summary>
public sealed class RouteVersionModel(IMediator mediator, PublishedRoutes published) : AdminPageModel(mediator)
{
    public OfficeRouteView? Route { get; private set; }

    public RouteDefinition? Definition { get; private set; }

    /// <summary>The diagram's SVG, built and XML-escaped by <see cref="RouteDiagram"/>.</summary>
    public string? Diagram { get; private set; }

    public async Task OnGetAsync(string id, int version, string? done, CancellationToken ct)
    {
        ShowDone(done);
        await LoadMeAsync(ct);
        var diagram = await Mediator.Send(new GetRouteDiagram(id, version), ct);
        if (diagram.Problem is { } problem)
        {
            Refuse(problem);
            return;
        }
        Diagram = diagram.Value;
        Definition = await published.FindAsync(new RouteKey(id, version), ct);
        Route = (await Mediator.Send(new ListOfficeRoutes(), ct)).Value?.Items.FirstOrDefault(r => r.Id == id && r.Version == version);
    }

    public async Task<IActionResult> OnGetExportAsync(string id, int version, CancellationToken ct)
    {
        var json = await Mediator.Send(new ExportRoute(id, version), ct);
        if (json.Value is { } text) return File(Encoding.UTF8.GetBytes(text), "application/json", $"{id}-v{version}.json");
        await LoadMeAsync(ct);
        Refuse(json.Problem!);
        return Page();
    }
}
