using Kasian.Core.Engine;
using Kasian.Web.Common;
using Kasian.Web.Memos;
using Mediator;

namespace Kasian.Web.Features.Memos;

public sealed record EditMemo(Guid MemoId, MemoFields Fields) : IRequest<Result<MemoDetails>>, ILoadsOwnActor;

public sealed class EditMemoHandler(MemoActions actions) : IRequestHandler<EditMemo, Result<MemoDetails>>
{
    public async ValueTask<Result<MemoDetails>> Handle(EditMemo request, CancellationToken ct)
    {
        if (request.Fields.Validate(out var urgency) is { } invalid) return invalid;
        return await actions.ActAsync(request.MemoId, new Revise(request.Fields.Content(urgency)), ct);
    }
}

public static class EditMemoEndpoint
{
    public static void Map(RouteGroupBuilder memos) =>
        memos.MapPut("/{id:guid}", async (Guid id, CreateMemoRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new EditMemo(id, body.ToFields()), ct)).ToHttp(Results.Ok))
            .Produces<MemoDetails>()
            .WithName(nameof(EditMemo))
            .WithSummary("Edit a draft, returned or recalled memo (originator only).");
}
