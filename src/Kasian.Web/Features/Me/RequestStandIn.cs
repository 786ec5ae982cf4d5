using Kasian.Core.Organisation;
using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Memos;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Me;

/// <summary>
/// A holder going away names who should act in their post (รักษาราชการแทน) and for which days. The request
/// gives nobody any right: only its approval (DecideStandIn) makes the acting appointment.
/// </summary>
public sealed record RequestStandIn(string? StandInUsername, string? PositionCode, DateOnly? From, DateOnly? To, string? Reason)
    : IRequest<Result<StandInView>>;

public sealed class RequestStandInHandler(KasianDbContext db, RequestActor actor, TimeProvider clock) : IRequestHandler<RequestStandIn, Result<StandInView>>
{
    public async ValueTask<Result<StandInView>> Handle(RequestStandIn request, CancellationToken ct)
    {
        var me = actor.Current;
        var now = clock.GetUtcNow();
        var today = ThaiDate.BangkokDate(now);
        var checks = new Checks();

        var username = checks.Required("standInUsername", request.StandInUsername, 64, "The stand-in's username")?.ToLowerInvariant();
        var standIn = username is null ? null
            : await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Username == username && p.OrganisationId == me.OrganisationId && p.Active, ct);
        if (username is not null && standIn is null) checks.Fail("standInUsername", $"No active person of your office has the username '{username}'.");
        else if (standIn is not null && standIn.Id == me.Person.Id) checks.Fail("standInUsername", "You cannot stand in for yourself; name someone else.");

        var code = checks.Required("positionCode", request.PositionCode, 64, "The position")?.ToLowerInvariant();
        // Only the holder asks: someone merely acting in a post cannot hand it on (DOMAIN.md: a delegate cannot delegate further).
        var position = code is null || !me.Actor.Capacities.Any(c => c.Position == code && c.Kind == CapacityKind.Holder) ? null
            : await db.Positions.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code && p.OrganisationId == me.OrganisationId, ct);
        if (code is not null && position is null) checks.Fail("positionCode", $"You do not hold the position '{code}' today, so you cannot ask for a stand-in in it.");

        if (request.From is not { } from) checks.Fail("from", "The first day (from) is required.");
        else if (from < today) checks.Fail("from", $"The first day {from:yyyy-MM-dd} is in the past; today is {today:yyyy-MM-dd}.");
        if (request.To is not { } to) checks.Fail("to", "The last day (to) is required.");
        else if (request.From is { } start && to < start) checks.Fail("to", "The last day (to) is before the first day (from).");
        var reason = checks.Optional("reason", request.Reason, 1000);
        if (checks.Problem is { } invalid) return invalid;

        var standInRequest = new StandInRequest
        {
            OrganisationId = me.OrganisationId,
            RequesterId = me.Person.Id,
            StandInId = standIn!.Id,
            PositionId = position!.Id,
            From = request.From!.Value,
            To = request.To!.Value,
            Reason = reason,
            Status = StandInStatus.Pending,
            CreatedAt = now,
        };
        db.StandInRequests.Add(standInRequest);
        Audit.Record(db, actor, now, "stand-in.requested", nameof(StandInRequest), standInRequest.Id,
            new { standIn = standIn.Username, position = position.Code, standInRequest.From, standInRequest.To, reason });
        await db.SaveChangesAsync(ct);
        return StandInViews.Of(standInRequest, new PersonRef(me.Person.Username, me.Person.DisplayName), new PersonRef(standIn.Username, standIn.DisplayName),
            new PositionRef(position.Code, position.Title), null);
    }
}

public static class RequestStandInEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/stand-ins", async (RequestStandIn request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(request, ct)).ToHttp(view => Results.Created("/api/me/stand-ins", view)))
            .WithTags("My account")
            .Produces<StandInView>(StatusCodes.Status201Created)
            .WithName(nameof(RequestStandIn))
            .WithSummary("Ask for a stand-in (รักษาราชการแทน) in a post I hold, for days from today on. Pending until an administrator or the holder of the superior post approves.");
}
