using Kasian.Core.Routes;
using Kasian.Web.Common;
using Kasian.Web.Features.Admin.Positions;
using Kasian.Web.Features.Admin.Routes;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages.Admin;

/// <summary>
/// The route editor: a form, no script. "Add rows" posts back with more empty rows; "publish" builds the route JSON from the
/// form and sends it as an import would (<see cref="PublishRoute"/>), so the parser's own messages come back, each shown
/// beside the row and field its JSON path names and all of them in a list at the top.
/// </summary>
public sealed class RouteEditorModel(IMediator mediator) : AdminPageModel(mediator)
{
    private const int RowsAdded = 3;

    [BindProperty]
    public RouteForm Form { get; set; } = RouteForm.Empty(4);

    public IReadOnlyList<PositionView> Positions { get; private set; } = [];

    /// <summary>Started from a file route: its id cannot take a new version here.</summary>
    public bool FromFile { get; private set; }

    /// <summary>The JSON the form built at the last publish, shown under the errors.</summary>
    public string? Json { get; private set; }

    private readonly Dictionary<(int? Row, string Field), List<string>> _errors = [];

    public async Task OnGetAsync(string? from, int? version, CancellationToken ct)
    {
        if (!await LoadAsync(ct) || from is null || version is null) return;
        var exported = await Mediator.Send(new ExportRoute(from, version.Value), ct);
        if (exported.Problem is { } problem)
        {
            Refuse(problem);
            return;
        }
        if (RouteParser.Parse("(stored)", exported.Value!).Route is not { } route) return;
        var versions = (await Mediator.Send(new ListOfficeRoutes(), ct)).Value!.Items.Where(r => r.Id == route.Id).ToList();
        Form = RouteForm.From(route);
        Form.Rows.AddRange(Enumerable.Range(0, 2).Select(_ => new StepRow()));
        FromFile = versions.Any(v => v.Source == OfficeRoutes.FileSource);
        Form.Version = FromFile ? "1" : (versions.Max(v => v.Version) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (FromFile) Form.Id = null;
    }

    public async Task<IActionResult> OnPostAddRowsAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Form.Rows.AddRange(Enumerable.Range(0, RowsAdded).Select(_ => new StepRow()));
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken ct)
    {
        Json = Form.Build();
        var result = await Mediator.Send(new PublishRoute(Json), ct);
        if (result.Value is { } published)
            return Back($"/admin/routes/{published.Route.Id}/{published.Route.Version}", published.Created ? "published" : "unchanged");
        await LoadAsync(ct);
        Show(result.Problem!, "route");
        foreach (var (path, messages) in result.Problem!.Errors ?? new Dictionary<string, string[]>())
        {
            var at = Form.Locate(path);
            if (!_errors.TryGetValue(at, out var list)) _errors[at] = list = [];
            list.AddRange(messages);
        }
        return Page();
    }

    /// <summary>The parser's messages for one field of the route (row null) or of one row.</summary>
    public string? ErrorAt(int? row, string field) => _errors.TryGetValue((row, field), out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Open positions to choose from, and the code already typed even if the office has no such position (its error shows).</summary>
    public IEnumerable<(string Value, string Text)> PositionOptions(string? current)
    {
        var options = Positions.Where(p => p.Active).Select(p => (p.Code, $"{p.Title} ({p.Code})")).ToList();
        if (!string.IsNullOrWhiteSpace(current) && options.All(o => o.Code != current)) options.Add((current, current));
        return options;
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        await LoadMeAsync(ct);
        var positions = await Mediator.Send(new ListPositions(), ct);
        if (positions.Problem is { } problem)
        {
            Refuse(problem);
            return false;
        }
        if (!MayChange)
        {
            Refuse(Problem.Forbidden("forbidden", "Only the office's administrators edit routes."));
            return false;
        }
        Positions = positions.Value!.Items;
        return true;
    }
}
