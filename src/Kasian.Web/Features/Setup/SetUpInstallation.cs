using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Features.Admin;
using Kasian.Web.Memos;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Setup;

/// <summary>First start: creates the first organisation and its administrator, once. Afterwards there is nothing here (404).</summary>
public sealed record SetUpInstallation(string? Token, SetupOrganisation? Organisation, SetupAdministrator? Admin)
    : IRequest<Result<SetupDone>>, IAnonymousRequest;

public sealed record SetupOrganisation(string? Code, string? Name, string? ShortName, string? RegisterPrefix, string? Province, string? District);

public sealed record SetupAdministrator(string? Username, string? Password, string? DisplayName);

public sealed record SetupDone(Guid OrganisationId, string OrganisationCode, Guid AdministratorId, string Username);

public sealed class SetUpInstallationHandler(KasianDbContext db, SetupToken token, IPasswordHasher<Person> hasher, TimeProvider clock, ICurrentUser user)
    : IRequestHandler<SetUpInstallation, Result<SetupDone>>
{
    public static readonly Problem Gone = Problem.NotFound("Setup");

    public async ValueTask<Result<SetupDone>> Handle(SetUpInstallation request, CancellationToken ct)
    {
        if (await IsDoneAsync(db, ct)) return Gone;
        if (!token.Matches(request.Token))
            return Problem.Forbidden("invalid-setup-token", "The setup token is wrong. It is Kasian:Setup:Token, or the one Kasian wrote to its log at start.");

        var checks = new Checks();
        var now = clock.GetUtcNow();
        if (NewOffice.Build(checks, request.Organisation, request.Admin, hasher, now, Roles.Administrator | Roles.InstallationAdministrator) is not var (organisation, admin))
            return checks.Problem!;
        db.AddRange(organisation, admin, new Installation { SetUpAt = now, FirstOrganisationId = organisation.Id });
        Audit.Record(db, organisation.Id, admin, user.Address, now, "installation.set-up", nameof(Organisation), organisation.Id,
            new { organisation.Code, organisation.Name, registerPrefix = organisation.RegisterCode, admin = admin.Username });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (MemoActions.IsUniqueViolation(e))
        {
            // Two first starts at once: the Installation row's fixed key let exactly one of them through.
            return Gone;
        }
        return new SetupDone(organisation.Id, organisation.Code, admin.Id.Value, admin.Username);
    }

    /// <summary>Setup is over once any administrator exists (the demo data brings one too).</summary>
    public static async Task<bool> IsDoneAsync(KasianDbContext db, CancellationToken ct) =>
        await db.Installations.AnyAsync(ct) || await db.People.AnyAsync(p => (p.Roles & Roles.Administrator) != 0, ct);
}

public static class SetUpInstallationEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/setup", async (SetUpInstallation request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(request, ct)).ToHttp(done => Results.Created($"/api/admin/organisation", done)))
            .AllowAnonymous()
            .Produces<SetupDone>(StatusCodes.Status201Created)
            .WithTags("Setup")
            .WithName(nameof(SetUpInstallation))
            .WithSummary("First start: create the first organisation and its administrator with the setup token. 404 once done.");
}
