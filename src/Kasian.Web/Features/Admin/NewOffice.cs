using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Features.Setup;
using Microsoft.AspNetCore.Identity;

namespace Kasian.Web.Features.Admin;

/// <summary>An organisation and its first administrator, checked and built the same way at first start and when an installation adds an office.</summary>
public static class NewOffice
{
    public static (Organisation Organisation, Person Administrator)? Build(
        Checks checks, SetupOrganisation? o, SetupAdministrator? a, IPasswordHasher<Person> hasher, DateTimeOffset now, Roles roles)
    {
        o ??= new SetupOrganisation(null, null, null, null, null, null);
        a ??= new SetupAdministrator(null, null, null);
        var organisation = OrganisationFields.Check(checks, o.Code, o.Name, o.ShortName, o.RegisterPrefix, o.Province, o.District, "organisation.");
        var username = PersonFields.Username(checks, "admin.username", a.Username);
        var displayName = checks.Required("admin.displayName", a.DisplayName, 200, "The administrator's name");
        PersonFields.Password(checks, "admin.password", a.Password);
        if (checks.Failed) return null;

        organisation!.CreatedAt = now;
        var admin = new Person { OrganisationId = organisation.Id, Username = username!, DisplayName = displayName!, PasswordHash = "", Roles = roles };
        admin.PasswordHash = hasher.HashPassword(admin, a.Password!);
        return (organisation, admin);
    }
}
