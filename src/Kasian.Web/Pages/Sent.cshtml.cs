using Kasian.Web.Features.Memos;
using Kasian.Web.Memos;
using Kasian.Web.Pages.Shared;
using Mediator;

namespace Kasian.Web.Pages;

/// <summary>Memos I started, each with where it stands now: the step, who holds it, since when.</summary>
public sealed class SentModel(IMediator mediator) : KasianPageModel
{
    public MemoTable? Table { get; private set; }

    public async Task OnGetAsync(int? page, CancellationToken ct)
    {
        var result = await mediator.Send(new ListMemos("sent", null, null, null, page), ct);
        if (result.Problem is { } problem)
        {
            Error = problem;
            return;
        }
        // At most one page of pending memos: the memo's own view names the step and who may act on it.
        var where = new Dictionary<Guid, StepView>();
        foreach (var memo in result.Value!.Items.Where(m => m.CurrentStepId is not null))
            if ((await mediator.Send(new GetMemo(memo.Id), ct)).Value?.CurrentStep is { } step)
                where[memo.Id] = step;
        Table = new MemoTable(MemoTableMode.Sent, result.Value, where, "sent.empty", p => $"/sent?page={p}");
    }
}
