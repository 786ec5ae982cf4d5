namespace Kasian.Web.Features.Admin;

/// <summary>
/// /api/admin: running an office. Who may call each endpoint is said by its request type (IAdministration,
/// IRecordsReading, IInstallationAdministration), enforced once by AccessBehaviour; every query is scoped to
/// the caller's organisation, so another office's ids are simply not found (404).
/// </summary>
public static class AdminEndpoints
{
    public static void MapAdministration(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Administration");
        // Each administration use case maps its endpoints here, one line each.
        ReassignStepEndpoint.Map(admin);
        OrganisationEndpoints.Map(admin);
        RevokeSessionsEndpoint.Map(admin);
    }
}
