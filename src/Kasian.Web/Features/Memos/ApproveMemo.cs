using Kasian.Core.Engine;
using Kasian.Web.Common;
using Kasian.Web.Memos;
using Mediator;

namespace Kasian.Web.Features.Memos;

public sealed record ApproveMemo(Guid MemoId, StepActionBody Body) : IStepActionRequest
{
    public MemoCommand ToCommand() => new Approve(Body.StepId!, Body.Comment);
}

public sealed class ApproveMemoHandler(MemoActions actions) : IRequestHandler<ApproveMemo, Result<MemoDetails>>
{
    public ValueTask<Result<MemoDetails>> Handle(ApproveMemo request, CancellationToken ct) => StepActions.RunAsync(actions, request, ct);
}

public static class ApproveMemoEndpoint
{
    public static void Map(RouteGroupBuilder memos) =>
        memos.MapStepAction("approve", (id, body) => new ApproveMemo(id, body))
            .WithSummary("Approve at the deciding step (เห็นชอบ), with an optional comment.");
}
