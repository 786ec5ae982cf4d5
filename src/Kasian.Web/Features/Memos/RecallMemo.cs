using Kasian.Core.Engine;
using Kasian.Web.Common;
using Kasian.Web.Memos;
using Mediator;

namespace Kasian.Web.Features.Memos;

public sealed record RecallMemo(Guid MemoId) : IRequest<Result<MemoDetails>>, ILoadsOwnActor;

public sealed class RecallMemoHandler(MemoActions actions) : IRequestHandler<RecallMemo, Result<MemoDetails>>
{
    public async ValueTask<Result<MemoDetails>> Handle(RecallMemo request, CancellationToken ct) =>
        await actions.ActAsync(request.MemoId, new Recall(), ct);
}

public static class RecallMemoEndpoint
{
    public static void Map(RouteGroupBuilder memos) =>
        memos.MapPost("/{id:guid}/recall", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RecallMemo(id), ct)).ToHttp(Results.Ok))
            .Produces<MemoDetails>()
            .WithMetadata(Kasian.Web.Auth.ChecksSessionInAction.Instance)
            .WithName(nameof(RecallMemo))
            .WithSummary("The originator withdraws a pending memo; it keeps its number and can be edited and resubmitted.");
}
