using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Features.Admin;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages.Admin;

/// <summary>
/// A year's holiday lists: everyone with the records role reads them; an administrator replaces the office's local
/// list and an installation administrator the national one, each from a text box, one holiday a line.
/// </summary>
public sealed class CalendarsModel(IMediator mediator, TimeProvider clock) : KasianPageModel
{
    public const string National = "national";
    public const string Local = "local";

    public int Year { get; private set; }

    public HolidayCalendarView? View { get; private set; }

    [BindProperty]
    public string? NationalLines { get; set; }

    [BindProperty]
    public string? LocalLines { get; set; }

    /// <summary>Which list was just saved, if one was.</summary>
    public string? Saved { get; private set; }

    /// <summary>What is wrong, per list, each message with the line it is about.</summary>
    public Dictionary<string, List<(int? Line, string Message)>> FieldErrors { get; } = [];

    public async Task OnGetAsync(int? year, CancellationToken ct)
    {
        Year = year ?? ThaiDate.BangkokDate(clock.GetUtcNow()).Year;
        await LoadAsync(keep: null, ct);
    }

    public Task<IActionResult> OnPostNationalAsync(int? year, CancellationToken ct) => SaveAsync(year, National, ct);

    public Task<IActionResult> OnPostLocalAsync(int? year, CancellationToken ct) => SaveAsync(year, Local, ct);

    private async Task<IActionResult> SaveAsync(int? year, string list, CancellationToken ct)
    {
        Year = year ?? ThaiDate.BangkokDate(clock.GetUtcNow()).Year;
        var (entries, lines) = HolidayLines.Parse(list == National ? NationalLines : LocalLines);
        var request = list == National ? new ReplaceHolidayLists(Year, entries, null) : new ReplaceHolidayLists(Year, null, entries);
        var result = await mediator.Send(request, ct);
        if (result.Problem is { } problem)
        {
            Error = problem;
            MapErrors(list, problem, lines);
            // What was typed stays in its box to be corrected; nothing was saved.
            await LoadAsync(keep: list, ct);
            return Page();
        }
        Saved = list;
        Show(result.Value!, keep: null);
        return Page();
    }

    private async Task LoadAsync(string? keep, CancellationToken ct)
    {
        var result = await mediator.Send(new GetHolidayCalendar(Year), ct);
        if (result.Value is { } view) Show(view, keep);
        else Error ??= result.Problem;
    }

    private void Show(HolidayCalendarView view, string? keep)
    {
        View = view;
        if (keep != National) NationalLines = HolidayLines.Write(view.National.Holidays);
        if (keep != Local) LocalLines = HolidayLines.Write(view.Local.Holidays);
    }

    /// <summary>"local[3].date" is the fourth holiday sent, which is the line it was typed on.</summary>
    private void MapErrors(string list, Problem problem, List<int> lines)
    {
        var errors = new List<(int? Line, string Message)>();
        foreach (var (field, messages) in problem.Errors ?? new Dictionary<string, string[]>())
        {
            if (!field.StartsWith(list, StringComparison.Ordinal)) continue;
            int? line = null;
            if (field.Length > list.Length && field[list.Length] == '['
                && int.TryParse(field[(list.Length + 1)..field.IndexOf(']', StringComparison.Ordinal)], out var index) && index < lines.Count)
                line = lines[index];
            errors.AddRange(messages.Select(m => (line, m)));
        }
        if (errors.Count > 0) FieldErrors[list] = [.. errors.OrderBy(e => e.Line ?? 0)];
    }
}
