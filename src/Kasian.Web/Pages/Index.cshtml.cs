using Kasian.Web.Features.Memos;
using Kasian.Web.Pages.Shared;
using Mediator;

namespace Kasian.Web.Pages;

/// <summary>The inbox: memos waiting at a step whose position I hold or act in; most urgent first, then newest.</summary>
public sealed class IndexModel(IMediator mediator) : KasianPageModel
{
    public string? Q { get; private set; }

    public MemoTable? Table { get; private set; }

    public async Task OnGetAsync(string? q, int? page, CancellationToken ct)
    {
        Q = q;
        var result = await mediator.Send(new ListMemos("inbox", null, null, q, page), ct);
        if (result.Problem is { } problem) Error = problem;
        else Table = new MemoTable(MemoTableMode.Inbox, result.Value!, new Dictionary<Guid, Kasian.Web.Memos.StepView>(), "inbox.empty",
            p => $"/?q={Uri.EscapeDataString(q ?? "")}&page={p}");
    }
}
