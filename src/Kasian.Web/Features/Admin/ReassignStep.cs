using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Organisation;
using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Memos;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin;

/// <summary>
/// Moves a stuck step to another position, or to a person (then to the post they hold today), with a reason.
/// It is a memo event like any other: on the timeline, in print, and decided by the engine (the step must
/// still be the one named). A person who holds no post cannot be given a step: appoint them first.
/// </summary>
public sealed record ReassignStep(Guid MemoId, string? StepId, string? ToPosition, string? ToPerson, string? Reason)
    : IRequest<Result<MemoDetails>>, IAdministration;

public sealed record ReassignStepBody(string? StepId, string? ToPosition, string? ToPerson, string? Reason);

public sealed class ReassignStepHandler(KasianDbContext db, MemoActions actions, RequestActor actor, TimeProvider clock)
    : IRequestHandler<ReassignStep, Result<MemoDetails>>
{
    public async ValueTask<Result<MemoDetails>> Handle(ReassignStep request, CancellationToken ct)
    {
        var checks = new Checks();
        var stepId = checks.Required("stepId", request.StepId, 64, "stepId (the step the memo waits at)");
        var reason = checks.Required("reason", request.Reason, Features.Memos.StepActionBody.MaxText, "The reason for reassigning");
        var toPosition = checks.Optional("toPosition", request.ToPosition, 64);
        var toPerson = checks.Optional("toPerson", request.ToPerson, 64);
        if (!checks.Failed && (toPosition is null) == (toPerson is null))
            checks.Fail("toPosition", "Name exactly one of toPosition (a position code) or toPerson (a username).");
        if (checks.Problem is { } invalid) return invalid;

        // Another office's memo is not found before anything about this office's positions is said.
        if (!await MemoAccess.CanSeeAsync(db, actor, new MemoId(request.MemoId), ct)) return Problem.NotFound("The memo");
        var organisation = actor.Current.OrganisationId;
        var code = toPosition ?? await PostOfAsync(organisation, toPerson!, ct);
        if (code is null)
            return Problem.Invalid("toPerson", $"'{toPerson}' is not an active person of this office who holds a post today; appoint them first, or name a position.");
        if (!await db.Positions.AnyAsync(p => p.OrganisationId == organisation && p.Code == code && p.Active, ct))
            return Problem.Invalid("toPosition", $"'{code}' is not an active position of this office.");
        return await actions.ActAsync(request.MemoId, new Reassign(stepId!, code, reason), ct);
    }

    private async Task<string?> PostOfAsync(Guid organisation, string username, CancellationToken ct)
    {
        var day = ThaiDate.BangkokDate(clock.GetUtcNow());
        var name = username.ToLowerInvariant();
        return await db.Appointments.AsNoTracking()
            .Where(a => a.Kind == CapacityKind.Holder && a.From <= day && (a.To == null || a.To >= day))
            .Join(db.People.Where(p => p.Username == name && p.Active && p.OrganisationId == organisation), a => a.PersonId, p => p.Id, (a, _) => a.PositionId)
            .Join(db.Positions.Where(p => p.OrganisationId == organisation), id => id, p => p.Id, (_, p) => p.Code)
            .FirstOrDefaultAsync(ct);
    }
}

public static class ReassignStepEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapPost("/memos/{id:guid}/reassign", async (Guid id, ReassignStepBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ReassignStep(id, body.StepId, body.ToPosition, body.ToPerson, body.Reason), ct)).ToHttp(Results.Ok))
            .Produces<MemoDetails>()
            .WithName(nameof(ReassignStep))
            .WithSummary("Move the step a memo waits at to another position, or to the post a person holds today, with a reason (administrators).");
}
