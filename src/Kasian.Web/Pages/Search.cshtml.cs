using Kasian.Web.Common;
using Kasian.Web.Features.Memos;
using Kasian.Web.Pages.Shared;
using Mediator;

namespace Kasian.Web.Pages;

/// <summary>
/// Search the organisation's memos: number (Thai or Latin digits), subject, body, comments and reasons, the
/// originator's name; and วันที่ between two dates written in the Buddhist Era.
/// </summary>
public sealed class SearchModel(IMediator mediator) : KasianPageModel
{
    public static readonly string[] Statuses = ["draft", "pending", "approved", "rejected", "acknowledged", "returned", "recalled"];

    public string? Q { get; private set; }

    /// <summary>The dates as typed, shown back as typed when they cannot be read.</summary>
    public string? FromText { get; private set; }

    public string? ToText { get; private set; }

    public string? Status { get; private set; }

    public MemoTable? Table { get; private set; }

    public async Task OnGetAsync(string? q, string? from, string? to, string? status, int? page, CancellationToken ct)
    {
        (Q, FromText, ToText, Status) = (q, from, to, status);
        var errors = new Dictionary<string, string[]>();
        if (!BuddhistDateInput.TryParse(from, out var fromDate)) errors["from"] = ["from: write the date as day/month/Buddhist year, e.g. 11/2/2568."];
        if (!BuddhistDateInput.TryParse(to, out var toDate)) errors["to"] = ["to: write the date as day/month/Buddhist year, e.g. 11/2/2568."];
        if (errors.Count > 0)
        {
            Error = Problem.Invalid(errors);
            Response.StatusCode = 400;
            return;
        }
        var result = await mediator.Send(new ListMemos("all", status, null, q, page, fromDate, toDate), ct);
        if (result.Problem is { } problem) Error = problem;
        else Table = new MemoTable(MemoTableMode.Search, result.Value!, new Dictionary<Guid, Kasian.Web.Memos.StepView>(), "search.empty",
            p => $"/search?q={Uri.EscapeDataString(q ?? "")}&from={Uri.EscapeDataString(from ?? "")}&to={Uri.EscapeDataString(to ?? "")}&status={Uri.EscapeDataString(status ?? "")}&page={p}");
    }
}
