using Kasian.Core.Memos;
using Kasian.Core.Organisation;
using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Features.Me;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.StandIns;

/// <summary>
/// Approve or reject a stand-in request. Approval is what makes the stand-in act in the post: it creates the
/// acting appointment (รักษาราชการแทน) for the requested days, in the same transaction as the decision.
/// </summary>
public sealed record DecideStandIn(Guid Id, bool Approve, string? Reason) : IRequest<Result<StandInView>>;

public sealed record DecisionBody(string? Reason);

public sealed class DecideStandInHandler(KasianDbContext db, RequestActor actor, TimeProvider clock) : IRequestHandler<DecideStandIn, Result<StandInView>>
{
    public async ValueTask<Result<StandInView>> Handle(DecideStandIn request, CancellationToken ct)
    {
        var me = actor.Current;
        var found = await db.StandInRequests.AsNoTracking()
            .Where(r => r.Id == request.Id && r.OrganisationId == me.OrganisationId)
            .Select(r => new
            {
                Request = r,
                Position = db.Positions.Where(p => p.Id == r.PositionId).Select(p => p.Code).First(),
                StandIn = db.People.Where(p => p.Id == r.StandInId).Select(p => p.Username).First(),
                Superior = db.Positions.Where(p => p.Id == r.PositionId).Select(p => db.Positions.Where(s => s.Id == p.SuperiorPositionId).Select(s => s.Code).FirstOrDefault()).First(),
            })
            .SingleOrDefaultAsync(ct);
        if (found is null) return Problem.NotFound("Stand-in request");
        var asked = found.Request;
        if (StandInDeciders.Refusal(me, asked, found.Superior) is { } refused) return refused;
        if (asked.Status != StandInStatus.Pending)
            return Problem.Conflict("already-decided", $"This stand-in request is already {asked.Status.ToString().ToLowerInvariant()}.");
        var checks = new Checks();
        var reason = checks.Optional("reason", request.Reason, 1000);
        if (checks.Problem is { } invalid) return invalid;

        var now = clock.GetUtcNow();
        var appointment = request.Approve ? new Data.Appointment
        {
            OrganisationId = me.OrganisationId,
            PersonId = asked.StandInId,
            PositionId = asked.PositionId,
            Kind = CapacityKind.Acting,
            From = asked.From,
            To = asked.To,
            OrderReference = $"อนุมัติคำขอรักษาราชการแทน เมื่อ {ThaiDate.LongForm(ThaiDate.BangkokDate(now))}",
            CreatedAt = now,
        } : null;
        var status = request.Approve ? StandInStatus.Approved : StandInStatus.Rejected;
        PersonId? decidedBy = me.Person.Id;
        var appointmentId = appointment?.Id;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The status test in the UPDATE is what lets exactly one of two simultaneous deciders through:
        // the second finds the row no longer pending and changes nothing.
        var claimed = await db.StandInRequests
            .Where(r => r.Id == asked.Id && r.Status == StandInStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, status)
                .SetProperty(r => r.DecidedBy, decidedBy)
                .SetProperty(r => r.DecidedAt, now)
                .SetProperty(r => r.AppointmentId, appointmentId), ct);
        if (claimed == 0) return Problem.Conflict("already-decided", "Someone decided this stand-in request at the same moment.");

        var action = request.Approve ? "stand-in.approved" : "stand-in.rejected";
        Audit.Record(db, actor, now, action, nameof(StandInRequest), asked.Id, new { standIn = found.StandIn, position = found.Position, asked.From, asked.To, reason, appointment = appointment?.Id });
        if (appointment is not null)
        {
            db.Appointments.Add(appointment);
            Audit.Record(db, actor, now, "appointment.created", nameof(Data.Appointment), appointment.Id,
                new { person = found.StandIn, position = found.Position, kind = "acting", appointment.From, appointment.To, appointment.OrderReference, standInRequest = asked.Id });
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (await StandInViews.LoadAsync(db, db.StandInRequests.Where(r => r.Id == asked.Id), 1, ct)).Single();
    }
}

/// <summary>Who may decide a stand-in request: the office's administrators, or whoever holds or acts in the post's superior post today; never the requester.</summary>
public static class StandInDeciders
{
    public static bool DecidesAll(SignedIn who) => who.HasAny(Roles.Administrator);

    public static Problem? Refusal(SignedIn who, StandInRequest request, string? superiorCode)
    {
        if (request.RequesterId == who.Person.Id)
            return Problem.Forbidden("not-your-decision", "Nobody decides their own stand-in request; an administrator or the holder of the superior post does.");
        if (DecidesAll(who) || (superiorCode is not null && SuperiorCodes(who).Contains(superiorCode))) return null;
        return Problem.Forbidden("not-your-decision", superiorCode is null
            ? "This post has no superior post, so only an administrator of the office may decide this request."
            : $"Only an administrator of the office or whoever holds the superior post '{superiorCode}' today may decide this request.");
    }

    /// <summary>The ids of the posts the person holds or acts in today: requests for posts under these are theirs to decide.</summary>
    public static async Task<List<Guid>> SuperiorPositionIdsAsync(KasianDbContext db, SignedIn who, CancellationToken ct)
    {
        var codes = SuperiorCodes(who);
        return await db.Positions.Where(p => p.OrganisationId == who.OrganisationId && codes.Contains(p.Code)).Select(p => p.Id).ToListAsync(ct);
    }

    // Delegation (ปฏิบัติราชการแทน) is scoped by its order, so only holding or acting in the post carries its authority over subordinates.
    private static List<string> SuperiorCodes(SignedIn who) =>
        who.Actor.Capacities.Where(c => c.Kind is CapacityKind.Holder or CapacityKind.Acting).Select(c => c.Position).ToList();
}

public static class DecideStandInEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var standIns = api.MapGroup("/stand-ins").WithTags("My account");
        standIns.MapPost("/{id:guid}/approve", async (Guid id, DecisionBody? body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new DecideStandIn(id, true, body?.Reason), ct)).ToHttp(Results.Ok))
            .Produces<StandInView>()
            .WithName("ApproveStandIn")
            .WithSummary("Approve a stand-in request: creates the acting appointment (administrators, or the holder of the superior post).");
        standIns.MapPost("/{id:guid}/reject", async (Guid id, DecisionBody? body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new DecideStandIn(id, false, body?.Reason), ct)).ToHttp(Results.Ok))
            .Produces<StandInView>()
            .WithName("RejectStandIn")
            .WithSummary("Reject a stand-in request, with an optional reason (administrators, or the holder of the superior post).");
    }
}
