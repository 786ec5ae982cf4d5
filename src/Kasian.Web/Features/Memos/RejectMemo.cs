using Kasian.Core.Engine;
using Kasian.Web.Common;
using Kasian.Web.Memos;
using Mediator;

namespace Kasian.Web.Features.Memos;

public sealed record RejectMemo(Guid MemoId, StepActionBody Body, bool Brief = false) : IStepActionRequest
{
    public MemoCommand ToCommand() => new Reject(Body.StepId!, Body.Reason);
}

public sealed class RejectMemoHandler(MemoActions actions) : IRequestHandler<RejectMemo, Result<StepActionResult>>
{
    public ValueTask<Result<StepActionResult>> Handle(RejectMemo request, CancellationToken ct) => StepActions.RunAsync(actions, request, ct);
}

public static class RejectMemoEndpoint
{
    public static void Map(RouteGroupBuilder memos) =>
        memos.MapStepAction("reject", (id, body, brief) => new RejectMemo(id, body, brief))
            .WithSummary("Reject at the deciding step (ไม่เห็นชอบ เพราะ …); the reason is required.");
}
