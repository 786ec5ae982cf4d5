using Kasian.Web.Features.Memos;
using Kasian.Web.Pages.Shared;
using Mediator;

namespace Kasian.Web.Pages;

/// <summary>Search the organisation's memos by number (Thai or Latin digits), subject and date.</summary>
public sealed class SearchModel(IMediator mediator) : KasianPageModel
{
    public static readonly string[] Statuses = ["draft", "pending", "approved", "rejected", "acknowledged", "returned", "recalled"];

    public string? Q { get; private set; }

    public DateOnly? From { get; private set; }

    public DateOnly? To { get; private set; }

    public string? Status { get; private set; }

    public MemoTable? Table { get; private set; }

    public async Task OnGetAsync(string? q, DateOnly? from, DateOnly? to, string? status, int? page, CancellationToken ct)
    {
        (Q, From, To, Status) = (q, from, to, status);
        var result = await mediator.Send(new ListMemos("all", status, null, q, page, from, to), ct);
        if (result.Problem is { } problem) Error = problem;
        else Table = new MemoTable(MemoTableMode.Search, result.Value!, new Dictionary<Guid, Kasian.Web.Memos.StepView>(), "search.empty",
            p => $"/search?q={Uri.EscapeDataString(q ?? "")}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&status={status}&page={p}");
    }
}
