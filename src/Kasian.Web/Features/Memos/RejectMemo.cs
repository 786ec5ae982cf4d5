using Kasian.Core.Engine;
using Kasian.Web.Common;
using Kasian.Web.Memos;
using Mediator;

namespace Kasian.Web.Features.Memos;

public sealed record RejectMemo(Guid MemoId, StepActionBody Body) : IStepActionRequest
{
    public MemoCommand ToCommand() => new Reject(Body.StepId!, Body.Reason);
}

public sealed class RejectMemoHandler(MemoActions actions) : IRequestHandler<RejectMemo, Result<MemoDetails>>
{
    public ValueTask<Result<MemoDetails>> Handle(RejectMemo request, CancellationToken ct) => StepActions.RunAsync(actions, request, ct);
}

public static class RejectMemoEndpoint
{
    public static void Map(RouteGroupBuilder memos) =>
        memos.MapStepAction("reject", (id, body) => new RejectMemo(id, body))
            .WithSummary("Reject at the deciding step (ไม่เห็นชอบ เพราะ …); the reason is required.");
}
