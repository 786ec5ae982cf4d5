using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin.Positions;

/// <param name="Code">What route steps name (e.g. <c>palad</c>); it never changes once created.</param>
/// <param name="Title">As printed under a signature, e.g. "ปลัดองค์การบริหารส่วนตำบลภูซาง".</param>
public sealed record CreatePosition(string? Code, string? Title, Guid? UnitId, Guid? SuperiorPositionId)
    : IRequest<Result<PositionView>>, IAdministration;

public sealed class CreatePositionHandler(KasianDbContext db, RequestActor actor, TimeProvider clock) : IRequestHandler<CreatePosition, Result<PositionView>>
{
    public async ValueTask<Result<PositionView>> Handle(CreatePosition request, CancellationToken ct)
    {
        var organisation = actor.Current.OrganisationId;
        var checks = new Checks();
        var code = checks.Code("code", request.Code, 64, "The position code (what routes name, e.g. palad)");
        var title = checks.Required("title", request.Title, 300, "The position's title as printed under a signature");
        await PositionLinks.CheckUnitAsync(checks, db, organisation, request.UnitId, null, ct);
        await PositionLinks.CheckSuperiorAsync(checks, db, organisation, null, request.SuperiorPositionId, null, ct);
        if (checks.Problem is { } invalid) return invalid;
        if (await db.Positions.AnyAsync(p => p.OrganisationId == organisation && p.Code == code, ct)) return PositionLinks.Duplicate(code!);

        var now = clock.GetUtcNow();
        var position = new Position { OrganisationId = organisation, Code = code!, Title = title!, UnitId = request.UnitId, SuperiorPositionId = request.SuperiorPositionId };
        db.Positions.Add(position);
        Audit.Record(db, actor, now, "position.created", nameof(Position), position.Id,
            new { position.Code, position.Title, position.UnitId, position.SuperiorPositionId });
        if (await AdminChanges.SaveAsync(db, PositionLinks.Duplicate(code!), ct) is { } clash) return clash;
        return (await PositionViews.LoadAsync(db, organisation, ThaiDate.BangkokDate(now), position.Id, ct)).Single();
    }
}

public static class CreatePositionEndpoint
{
    public static void Map(RouteGroupBuilder positions) =>
        positions.MapPost("/", async (CreatePosition request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(request, ct)).ToHttp(p => Results.Created($"/api/admin/positions/{p.Id}", p)))
            .Produces<PositionView>(StatusCodes.Status201Created)
            .WithName(nameof(CreatePosition))
            .WithSummary("Add a position (ตำแหน่ง) with the code routes name it by (administrators).");
}
