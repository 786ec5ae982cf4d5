using System.Text.Json;
using Kasian.Core.Memos;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Memos;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Memos;

public sealed record GetMemoEvents(Guid MemoId) : IRequest<Result<IReadOnlyList<MemoEventView>>>;

public sealed record MemoEventView(int Sequence, string Type, DateTimeOffset At, PersonRef? Actor, string? Address, JsonElement Payload);

public sealed class GetMemoEventsHandler(KasianDbContext db, RequestActor user) : IRequestHandler<GetMemoEvents, Result<IReadOnlyList<MemoEventView>>>
{
    public async ValueTask<Result<IReadOnlyList<MemoEventView>>> Handle(GetMemoEvents request, CancellationToken ct)
    {
        var id = new MemoId(request.MemoId);
        if (!await MemoAccess.CanSeeAsync(db, user, id, ct)) return Problem.NotFound("The memo");
        var rows = await db.MemoEvents.AsNoTracking().Where(e => e.MemoId == id).OrderBy(e => e.Sequence).ToListAsync(ct);
        return rows.Select(e => new MemoEventView(e.Sequence, e.Type, e.At,
                e.ActorUsername is null ? null : new PersonRef(e.ActorUsername, e.ActorName ?? ""), e.Address,
                JsonDocument.Parse(e.Payload).RootElement.Clone()))
            .ToList();
    }
}

public static class GetMemoEventsEndpoint
{
    public static void Map(RouteGroupBuilder memos) =>
        memos.MapGet("/{id:guid}/events", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetMemoEvents(id), ct)).ToHttp(Results.Ok))
            .Produces<IReadOnlyList<MemoEventView>>()
            .WithName(nameof(GetMemoEvents))
            .WithSummary("The audit events of one memo, in order: who did what, in which capacity, when, from which address.");
}
