using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;
using Unit = Kasian.Web.Data.Unit;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin.Units;

public sealed record CreateUnit(string? Name, string? Phone) : IRequest<Result<UnitView>>, IAdministration;

public sealed class CreateUnitHandler(KasianDbContext db, RequestActor actor, TimeProvider clock) : IRequestHandler<CreateUnit, Result<UnitView>>
{
    public async ValueTask<Result<UnitView>> Handle(CreateUnit request, CancellationToken ct)
    {
        var checks = new Checks();
        var (name, phone) = UnitFields.Check(checks, request.Name, request.Phone);
        if (checks.Problem is { } invalid) return invalid;
        var organisation = actor.Current.OrganisationId;
        if (await db.Units.AnyAsync(u => u.OrganisationId == organisation && u.Name == name, ct)) return UnitFields.Duplicate(name!);

        var unit = new Unit { OrganisationId = organisation, Name = name!, Phone = phone };
        db.Units.Add(unit);
        Audit.Record(db, actor, clock.GetUtcNow(), "unit.created", nameof(Unit), unit.Id, new { unit.Name, unit.Phone });
        if (await AdminChanges.SaveAsync(db, UnitFields.Duplicate(name!), ct) is { } clash) return clash;
        return UnitView.Of(unit);
    }
}

public static class CreateUnitEndpoint
{
    public static void Map(RouteGroupBuilder units) =>
        units.MapPost("/", async (CreateUnit request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(request, ct)).ToHttp(u => Results.Created($"/api/admin/units/{u.Id}", u)))
            .Produces<UnitView>(StatusCodes.Status201Created)
            .WithName(nameof(CreateUnit))
            .WithSummary("Add a unit (ส่วนราชการ/กอง) to the office (administrators).");
}
