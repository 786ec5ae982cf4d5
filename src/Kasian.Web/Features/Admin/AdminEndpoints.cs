using Kasian.Web.Features.Admin.Appointments;
using Kasian.Web.Features.Admin.AuditTrail;
using Kasian.Web.Features.Admin.People;
using Kasian.Web.Features.Admin.Positions;
using Kasian.Web.Features.Admin.Units;

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
        ListHolidayCalendarsEndpoint.Map(admin);
        GetHolidayCalendarEndpoint.Map(admin);
        ReplaceHolidayListsEndpoint.Map(admin);
        Emblem.UploadEmblemEndpoint.Map(admin);
        Emblem.GetEmblemEndpoint.Map(admin);
        Emblem.RemoveEmblemEndpoint.Map(admin);

        var units = admin.MapGroup("/units");
        ListUnitsEndpoint.Map(units);
        GetUnitEndpoint.Map(units);
        CreateUnitEndpoint.Map(units);
        EditUnitEndpoint.Map(units);

        var positions = admin.MapGroup("/positions");
        ListPositionsEndpoint.Map(positions);
        GetPositionEndpoint.Map(positions);
        CreatePositionEndpoint.Map(positions);
        EditPositionEndpoint.Map(positions);

        var people = admin.MapGroup("/people");
        ListPeopleEndpoint.Map(people);
        GetPersonEndpoint.Map(people);
        CreatePersonEndpoint.Map(people);
        EditPersonEndpoint.Map(people);
        DeactivatePersonEndpoint.Map(people);
        ReactivatePersonEndpoint.Map(people);
        ResetPasswordEndpoint.Map(people);
        ImportPeopleEndpoint.Map(people);

        var appointments = admin.MapGroup("/appointments");
        ListAppointmentsEndpoint.Map(appointments);
        GetAppointmentEndpoint.Map(appointments);
        CreateAppointmentEndpoint.Map(appointments);
        EditAppointmentEndpoint.Map(appointments);

        ListAuditRecordsEndpoint.Map(admin);
        RevokeSessionsEndpoint.Map(admin);
    }
}
