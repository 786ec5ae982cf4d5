using Kasian.Core.Engine;
using Kasian.Web.Common;
using Kasian.Web.Memos;
using Mediator;

namespace Kasian.Web.Features.Memos;

public sealed record ApproveMemo(Guid MemoId, StepActionBody Body, bool Brief = false) : IStepActionRequest
{
    public MemoCommand ToCommand() => new Approve(Body.StepId!, Body.Comment);
}

public sealed class ApproveMemoHandler(MemoActions actions) : IRequestHandler<ApproveMemo, Result<StepActionResult>>
{
    public ValueTask<Result<StepActionResult>> Handle(ApproveMemo request, CancellationToken ct) => StepActions.RunAsync(actions, request, ct);
}

public static class ApproveMemoEndpoint
{
    public static void Map(RouteGroupBuilder memos) =>
        memos.MapStepAction("approve", (id, body, brief) => new ApproveMemo(id, body, brief))
            .WithSummary("Approve at the deciding step (เห็นชอบ), with an optional comment.");
}
