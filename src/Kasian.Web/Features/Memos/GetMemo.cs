using Kasian.Core.Memos;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Memos;
using Kasian.Web.Workflows;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Memos;

public sealed record GetMemo(Guid MemoId) : IRequest<Result<MemoDetails>>;

/// <summary>Anyone in the memo's organisation may see where it stands (DESIGN.md: show everyone); other organisations get 404.</summary>
public sealed class GetMemoHandler(KasianDbContext db, WorkflowLibrary workflows, TimeProvider clock, RequestActor user)
    : IRequestHandler<GetMemo, Result<MemoDetails>>
{
    public async ValueTask<Result<MemoDetails>> Handle(GetMemo request, CancellationToken ct)
    {
        var id = new MemoId(request.MemoId);
        if (!await MemoAccess.CanSeeAsync(db, user, id, ct)) return Problem.NotFound("The memo");
        return await MemoDetails.LoadAsync(db, workflows, id, clock.GetUtcNow(), ct) is { } details ? details : Problem.NotFound("The memo");
    }
}

public static class GetMemoEndpoint
{
    public static void Map(RouteGroupBuilder memos) =>
        memos.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetMemo(id), ct)).ToHttp(Results.Ok))
            .Produces<MemoDetails>()
            .WithName(nameof(GetMemo))
            .WithSummary("A memo with its number, status, current step and every endorsement.");
}
