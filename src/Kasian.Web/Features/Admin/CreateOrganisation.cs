using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Features.Setup;
using Kasian.Web.Memos;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin;

/// <summary>
/// A province hosting its อบต.: an installation administrator adds an office with its first administrator.
/// From then on the new office sees only its own people, memos, audit and settings.
/// </summary>
public sealed record CreateOrganisation(SetupOrganisation? Organisation, SetupAdministrator? Admin)
    : IRequest<Result<OrganisationView>>, IInstallationAdministration;

public sealed record ListOrganisations : IRequest<Result<IReadOnlyList<OrganisationView>>>, IInstallationAdministration;

public sealed record OrganisationView(Guid Id, string Code, string Name, string? ShortName, string RegisterPrefix, string? Province, string? District, DateTimeOffset CreatedAt);

public sealed class OrganisationHandlers(KasianDbContext db, RequestActor actor, IPasswordHasher<Person> hasher, TimeProvider clock)
    : IRequestHandler<CreateOrganisation, Result<OrganisationView>>, IRequestHandler<ListOrganisations, Result<IReadOnlyList<OrganisationView>>>
{
    public async ValueTask<Result<OrganisationView>> Handle(CreateOrganisation request, CancellationToken ct)
    {
        var checks = new Checks();
        var now = clock.GetUtcNow();
        if (NewOffice.Build(checks, request.Organisation, request.Admin, hasher, now, Roles.Administrator) is not var (organisation, admin))
            return checks.Problem!;
        if (await db.Organisations.AnyAsync(o => o.Code == organisation.Code, ct))
            return Problem.Conflict("duplicate", $"An organisation with the code '{organisation.Code}' already exists.");
        if (await db.People.AnyAsync(p => p.Username == admin.Username, ct))
            return Problem.Conflict("duplicate", $"The username '{admin.Username}' is taken.");

        db.AddRange(organisation, admin);
        // On the installing office's record (who added which office), and on the new office's own from its first day.
        var details = new { organisation.Code, organisation.Name, registerPrefix = organisation.RegisterCode, admin = admin.Username };
        Audit.Record(db, actor, now, "organisation.created", nameof(Organisation), organisation.Id, details);
        Audit.Record(db, organisation.Id, actor.Current.Person, actor.Address, now, "organisation.created", nameof(Organisation), organisation.Id, details);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (MemoActions.IsUniqueViolation(e))
        {
            return Problem.Conflict("duplicate", "An organisation with that code, or a person with that username, was created at the same moment.");
        }
        return View(organisation);
    }

    public async ValueTask<Result<IReadOnlyList<OrganisationView>>> Handle(ListOrganisations request, CancellationToken ct) =>
        (await db.Organisations.AsNoTracking().OrderBy(o => o.Code).ToListAsync(ct)).Select(View).ToList();

    private static OrganisationView View(Organisation o) => new(o.Id, o.Code, o.Name, o.ShortName, o.RegisterCode, o.Province, o.District, o.CreatedAt);
}

public static class OrganisationEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapPost("/organisations", async (CreateOrganisation request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(request, ct)).ToHttp(o => Results.Created($"/api/admin/organisations/{o.Id}", o)))
            .Produces<OrganisationView>(StatusCodes.Status201Created)
            .WithName(nameof(CreateOrganisation))
            .WithSummary("Add an office and its first administrator (installation administrators).");
        admin.MapGet("/organisations", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListOrganisations(), ct)).ToHttp(Results.Ok))
            .Produces<IReadOnlyList<OrganisationView>>()
            .WithName(nameof(ListOrganisations))
            .WithSummary("Every office of this installation (installation administrators).");
    }
}
