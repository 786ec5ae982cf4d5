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
        var waiting = result.Value!.Items.Where(m => m.CurrentStepId is not null).Select(m => m.Id).ToList();
        var where = waiting.Count == 0 ? new Dictionary<Guid, StepView>() : (await mediator.Send(new DescribeCurrentSteps(waiting), ct)).Value;
        Table = new MemoTable(MemoTableMode.Sent, result.Value, where ?? new Dictionary<Guid, StepView>(), "sent.empty", p => $"/sent?page={p}");
    }
}
