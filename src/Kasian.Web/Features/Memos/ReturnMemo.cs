using Kasian.Core.Engine;
using Kasian.Web.Common;
using Kasian.Web.Memos;
using Mediator;

namespace Kasian.Web.Features.Memos;

public sealed record ReturnMemo(Guid MemoId, StepActionBody Body, bool Brief = false) : IStepActionRequest
{
    public MemoCommand ToCommand() => new ReturnForRevision(Body.StepId!, Body.Reason);
}

public sealed class ReturnMemoHandler(MemoActions actions) : IRequestHandler<ReturnMemo, Result<StepActionResult>>
{
    public ValueTask<Result<StepActionResult>> Handle(ReturnMemo request, CancellationToken ct) => StepActions.RunAsync(actions, request, ct);
}

public static class ReturnMemoEndpoint
{
    public static void Map(RouteGroupBuilder memos) =>
        memos.MapStepAction("return", (id, body, brief) => new ReturnMemo(id, body, brief))
            .WithSummary("Send the memo back to its originator for revision (ส่งคืนแก้ไข); the reason is required.");
}
