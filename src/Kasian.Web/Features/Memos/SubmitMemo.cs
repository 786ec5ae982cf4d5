using Kasian.Core.Engine;
using Kasian.Web.Common;
using Kasian.Web.Memos;
using Mediator;

namespace Kasian.Web.Features.Memos;

/// <summary>Submit a draft (takes the next register number, opens step 1) or resubmit a returned or recalled memo (same number).</summary>
public sealed record SubmitMemo(Guid MemoId) : IRequest<Result<MemoDetails>>, ILoadsOwnActor;

public sealed class SubmitMemoHandler(MemoActions actions) : IRequestHandler<SubmitMemo, Result<MemoDetails>>
{
    public async ValueTask<Result<MemoDetails>> Handle(SubmitMemo request, CancellationToken ct) =>
        await actions.ActAsync(request.MemoId, new Submit(null), ct);
}

public static class SubmitMemoEndpoint
{
    public static void Map(RouteGroupBuilder memos) =>
        memos.MapPost("/{id:guid}/submit", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SubmitMemo(id), ct)).ToHttp(Results.Ok))
            .Produces<MemoDetails>()
            .WithMetadata(Kasian.Web.Auth.ChecksSessionInAction.Instance)
            .WithName(nameof(SubmitMemo))
            .WithSummary("Submit (assigns the number and opens the first step) or resubmit after a return or recall.");
}
