using Kasian.Core.Engine;
using Kasian.Web.Common;
using Kasian.Web.Memos;
using Mediator;

namespace Kasian.Web.Features.Memos;

public sealed record EndorseMemo(Guid MemoId, StepActionBody Body, bool Brief = false) : IStepActionRequest
{
    public MemoCommand ToCommand() => new Endorse(Body.StepId!, Body.Comment);
}

public sealed class EndorseMemoHandler(MemoActions actions) : IRequestHandler<EndorseMemo, Result<StepActionResult>>
{
    public ValueTask<Result<StepActionResult>> Handle(EndorseMemo request, CancellationToken ct) => StepActions.RunAsync(actions, request, ct);
}

public static class EndorseMemoEndpoint
{
    public static void Map(RouteGroupBuilder memos) =>
        memos.MapStepAction("endorse", (id, body, brief) => new EndorseMemo(id, body, brief))
            .WithSummary("Endorse the current step with a comment, passing the memo on (current step's assignee).");
}
