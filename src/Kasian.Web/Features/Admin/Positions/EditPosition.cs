using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin.Positions;

/// <param name="Code">Optional: when sent it must be the position's own code, since routes name positions by it.</param>
/// <param name="Active">False abolishes the position: it stays for the record (old memos name it), nobody is appointed to it any more.</param>
public sealed record EditPosition(Guid Id, string? Title, Guid? UnitId, Guid? SuperiorPositionId, bool? Active, string? Code = null)
    : IRequest<Result<PositionView>>, IAdministration;

public sealed record EditPositionBody(string? Title, Guid? UnitId, Guid? SuperiorPositionId, bool? Active, string? Code);

public sealed class EditPositionHandler(KasianDbContext db, RequestActor actor, TimeProvider clock) : IRequestHandler<EditPosition, Result<PositionView>>
{
    public async ValueTask<Result<PositionView>> Handle(EditPosition request, CancellationToken ct)
    {
        var organisation = actor.Current.OrganisationId;
        if (await db.Positions.SingleOrDefaultAsync(p => p.Id == request.Id && p.OrganisationId == organisation, ct) is not { } position)
            return Problem.NotFound("The position");
        var checks = new Checks();
        if (request.Code is { } code && code.Trim() != position.Code)
            checks.Fail("code", $"A position's code never changes ('{position.Code}'): routes name it. Create a new position for a new code.");
        var title = checks.Required("title", request.Title, 300, "The position's title as printed under a signature");
        if (request.Active is null) checks.Fail("active", "Say whether the position is in use (active: true) or abolished (active: false).");
        await PositionLinks.CheckUnitAsync(checks, db, organisation, request.UnitId, position.UnitId, ct);
        await PositionLinks.CheckSuperiorAsync(checks, db, organisation, position.Id, request.SuperiorPositionId, position.SuperiorPositionId, ct);
        if (checks.Problem is { } invalid) return invalid;

        var now = clock.GetUtcNow();
        var today = ThaiDate.BangkokDate(now);
        if (position.Active && request.Active == false && await InUseAsync(position.Id, today, ct) is { } holder)
            return Problem.Conflict("position-in-use",
                $"'{position.Code}' has {holder.DisplayName} ({holder.Kind}) appointed until {holder.Until}; end that appointment before abolishing the position.");

        (position.Title, position.UnitId, position.SuperiorPositionId, position.Active) = (title!, request.UnitId, request.SuperiorPositionId, request.Active!.Value);
        Audit.Record(db, actor, now, "position.updated", nameof(Position), position.Id,
            new { position.Code, position.Title, position.UnitId, position.SuperiorPositionId, position.Active });
        await db.SaveChangesAsync(ct);
        return (await PositionViews.LoadAsync(db, organisation, today, position.Id, ct)).Single();
    }

    /// <summary>An appointment in force today or later: abolishing the post would leave it giving rights in a post nobody may hold.</summary>
    private async Task<(string DisplayName, string Kind, string Until)?> InUseAsync(Guid position, DateOnly today, CancellationToken ct)
    {
        var found = await (
                from a in db.Appointments
                join p in db.People on a.PersonId equals p.Id
                where a.PositionId == position && (a.To == null || a.To >= today)
                select new { p.DisplayName, a.Kind, a.To })
            .FirstOrDefaultAsync(ct);
        return found is null ? null : (found.DisplayName, Appointments.AppointmentKinds.Code(found.Kind), found.To?.ToString("yyyy-MM-dd") ?? "further notice");
    }
}

public static class EditPositionEndpoint
{
    public static void Map(RouteGroupBuilder positions) =>
        positions.MapPut("/{id:guid}", async (Guid id, EditPositionBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new EditPosition(id, body.Title, body.UnitId, body.SuperiorPositionId, body.Active, body.Code), ct)).ToHttp(Results.Ok))
            .Produces<PositionView>()
            .WithName(nameof(EditPosition))
            .WithSummary("Change a position's title, unit or superior, or abolish it; its code never changes (administrators).");
}
