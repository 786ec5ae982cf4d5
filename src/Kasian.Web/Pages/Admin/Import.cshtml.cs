using System.Globalization;
using Kasian.Web.Common;
using Kasian.Web.Features.Admin.People;
using Kasian.Web.Features.Admin.Positions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages.Admin;

/// <summary>
/// People (and their appointments) from a CSV file, all or nothing: the same ImportPeople request as the API, so a
/// file with bad rows is shown back as a list of each bad line and why, and nothing is written.
/// </summary>
public sealed class ImportModel(IMediator mediator) : AdminPageModel(mediator)
{
    public ImportDone? Imported { get; private set; }

    /// <summary>Each bad line of the last file and what is wrong with it, in the file's order.</summary>
    public IReadOnlyList<(int? Line, string Message)> BadLines { get; private set; } = [];

    /// <summary>The office's position codes, which the file's position column names.</summary>
    public IReadOnlyList<PositionView> Positions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        var result = await ImportAsync(file, ct);
        if (result.Value is { } done) Imported = done;
        else
        {
            Show(result.Problem!, "file");
            BadLines = Lines(result.Problem!);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task<Result<ImportDone>> ImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return Problem.Invalid("file", "Choose a CSV file.");
        if (file.Length > ImportPeopleEndpoint.MaxBytes)
            return new Problem(413, "too-large", "Too large", $"The file is {file.Length} bytes; at most {ImportPeopleEndpoint.MaxBytes} are accepted (about 300 people).");
        using var bytes = new MemoryStream();
        await file.CopyToAsync(bytes, ct);
        var (text, problem) = CsvRecords.Decode(bytes.ToArray());
        return problem ?? await Mediator.Send(new ImportPeople(text!), ct);
    }

    /// <summary>What the page reads decides who sees it (a clerk is refused); an auditor sees it without the form.</summary>
    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadMeAsync(ct);
        var positions = await Mediator.Send(new ListPositions(), ct);
        if (positions.Problem is { } problem) Refuse(problem);
        else Positions = positions.Value!.Items;
    }

    private static List<(int? Line, string Message)> Lines(Problem problem) =>
        (problem.Errors ?? new Dictionary<string, string[]>())
            .SelectMany(e => e.Value.Select(m => (Line: LineOf(e.Key), Message: m)))
            .OrderBy(e => e.Line ?? 0)
            .ToList();

    private static int? LineOf(string key) =>
        key.StartsWith("line ", StringComparison.Ordinal) && int.TryParse(key[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
