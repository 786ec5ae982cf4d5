using Kasian.Core.Calendar;
using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Organisation;
using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Data.Sql;
using Kasian.Web.Memos;
using Kasian.Web.Workflows;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Features.Memos;

/// <param name="IdempotencyKey">The request's <c>Idempotency-Key</c>: the same key and fields again within 24 hours answer with the first memo and make no other.</param>
public sealed record CreateMemo(string? RouteId, MemoFields Fields, string? IdempotencyKey = null) : IRequest<Result<MemoDetails>>;

public sealed class CreateMemoHandler(KasianDbContext db, WorkflowLibrary workflows, PublishedRoutes publishedRoutes, IOptions<KasianOptions> options, TimeProvider clock, RequestActor user, IdempotencyKeys keys)
    : IRequestHandler<CreateMemo, Result<MemoDetails>>
{
    public async ValueTask<Result<MemoDetails>> Handle(CreateMemo request, CancellationToken ct)
    {
        if (request.IdempotencyKey is { } key && IdempotencyKeys.Check(key) is { } badKey) return badKey;
        if (request.Fields.Validate(out var urgency) is { } invalid) return invalid;
        var routeId = string.IsNullOrWhiteSpace(request.RouteId) ? options.Value.Routes.Default : request.RouteId;
        // A route another office published is not this office's to use: the same answer as no route at all.
        if (await publishedRoutes.FindLatestAsync(routeId, user.Current.OrganisationId, ct) is null) return Problem.Invalid("routeId", $"There is no route '{routeId}'.");

        var now = clock.GetUtcNow();
        var (person, actor) = user.Current;
        // A memo is signed in the author's own post: an account that holds none (an administrator's) writes no memo.
        if (actor.Capacities.FirstOrDefault(c => c.Kind == CapacityKind.Holder) is not { } post)
            return Problem.Forbidden("no-position", "Only a person who holds a position may write a memo; this account holds none today.");

        if (request.IdempotencyKey is null) return await CreateAsync(request, routeId, urgency, post.Text, now, ct);
        return await keys.OnceAsync(person.Id, request.IdempotencyKey, "POST /api/memos", new { request.RouteId, request.Fields },
            () => CreateAsync(request, routeId, urgency, post.Text, now, ct), ct);
    }

    private async Task<Result<MemoDetails>> CreateAsync(CreateMemo request, string routeId, Urgency urgency, string signedAs, DateTimeOffset now, CancellationToken ct)
    {
        var (person, actor) = user.Current;
        // The originator signs in their own post; an acting capacity is not how a memo is written.
        var context = new DecisionContext(workflows.Routes.FindLatest(routeId)!, actor, now, WorkingCalendar.WithoutHolidays);
        var decision = MemoEngine.Decide(context, MemoState.Unwritten(person.Id), new Create(request.Fields.Content(urgency), signedAs));
        if (decision.Refusal is { } refusal) return refusal.ToProblem();

        // In the idempotency key's transaction when there is one: the key and the memo commit together or not at all.
        await using var session = await SqlSessions.InContextAsync(db, ct);
        await session.BeginAsync(ct);
        var memo = await MemoStore.CreateAsync(session, MemoId.New(), person.OrganisationId, person.Id, decision.Events, EventActor.Of(person, user.Address), now, [], ct);
        await session.CommitAsync(ct);
        return await MemoDetails.OfAsync(db, workflows, memo, now, ct);
    }
}

public static class CreateMemoEndpoint
{
    public static void Map(RouteGroupBuilder memos) =>
        memos.MapPost("/", async (CreateMemoRequest body, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CreateMemo(body.RouteId, body.ToFields(), idempotencyKey), ct))
                .ToHttp(m => Results.Created($"/api/memos/{m.Id}", m)))
            .Produces<MemoDetails>(StatusCodes.Status201Created)
            .WithName(nameof(CreateMemo))
            .WithSummary("Start a memo as a draft of the signed-in officer. With an Idempotency-Key header, the same key and body again within 24 hours answer with the first memo and create nothing.");
}

/// <summary>The JSON body of create and edit: the memo's fields, flat, as DESIGN.md §5 names them.</summary>
public sealed record CreateMemoRequest(string? RouteId, string? Unit, string? UnitPhone, string? Subject, string? To, string? Body, string? Urgency)
{
    public MemoFields ToFields() => new(Unit, UnitPhone, Subject, To, Body, Urgency);
}
