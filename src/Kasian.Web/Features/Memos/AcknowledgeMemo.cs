using Kasian.Core.Engine;
using Kasian.Web.Common;
using Kasian.Web.Memos;
using Mediator;

namespace Kasian.Web.Features.Memos;

public sealed record AcknowledgeMemo(Guid MemoId, StepActionBody Body, bool Brief = false) : IStepActionRequest
{
    public MemoCommand ToCommand() => new Acknowledge(Body.StepId!, Body.Comment);
}

public sealed class AcknowledgeMemoHandler(MemoActions actions) : IRequestHandler<AcknowledgeMemo, Result<StepActionResult>>
{
    public ValueTask<Result<StepActionResult>> Handle(AcknowledgeMemo request, CancellationToken ct) => StepActions.RunAsync(actions, request, ct);
}

public static class AcknowledgeMemoEndpoint
{
    public static void Map(RouteGroupBuilder memos) =>
        memos.MapStepAction("acknowledge", (id, body, brief) => new AcknowledgeMemo(id, body, brief))
            .WithSummary("Acknowledge (ทราบ) at an acknowledging step, closing the memo.");
}
