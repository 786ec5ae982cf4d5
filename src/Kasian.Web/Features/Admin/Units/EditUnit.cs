using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;
using Unit = Kasian.Web.Data.Unit;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin.Units;

/// <param name="Active">False closes the unit: it stays for the record, and no new position is placed in it.</param>
public sealed record EditUnit(Guid Id, string? Name, string? Phone, bool? Active) : IRequest<Result<UnitView>>, IAdministration;

public sealed record EditUnitBody(string? Name, string? Phone, bool? Active);

public sealed class EditUnitHandler(KasianDbContext db, RequestActor actor, TimeProvider clock) : IRequestHandler<EditUnit, Result<UnitView>>
{
    public async ValueTask<Result<UnitView>> Handle(EditUnit request, CancellationToken ct)
    {
        var organisation = actor.Current.OrganisationId;
        if (await db.Units.SingleOrDefaultAsync(u => u.Id == request.Id && u.OrganisationId == organisation, ct) is not { } unit)
            return Problem.NotFound("The unit");
        var checks = new Checks();
        var (name, phone) = UnitFields.Check(checks, request.Name, request.Phone);
        if (request.Active is null) checks.Fail("active", "Say whether the unit is open (active: true) or closed (active: false).");
        if (checks.Problem is { } invalid) return invalid;
        if (await db.Units.AnyAsync(u => u.OrganisationId == organisation && u.Name == name && u.Id != unit.Id, ct)) return UnitFields.Duplicate(name!);

        (unit.Name, unit.Phone, unit.Active) = (name!, phone, request.Active!.Value);
        Audit.Record(db, actor, clock.GetUtcNow(), "unit.updated", nameof(Unit), unit.Id, new { unit.Name, unit.Phone, unit.Active });
        if (await AdminChanges.SaveAsync(db, UnitFields.Duplicate(name!), ct) is { } clash) return clash;
        return UnitView.Of(unit);
    }
}

public static class EditUnitEndpoint
{
    public static void Map(RouteGroupBuilder units) =>
        units.MapPut("/{id:guid}", async (Guid id, EditUnitBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new EditUnit(id, body.Name, body.Phone, body.Active), ct)).ToHttp(Results.Ok))
            .Produces<UnitView>()
            .WithName(nameof(EditUnit))
            .WithSummary("Rename a unit, change its phone, or close or reopen it (administrators).");
}
