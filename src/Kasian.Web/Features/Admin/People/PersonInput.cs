using System.Net.Mail;
using Kasian.Web.Common;
using Kasian.Web.Data;

namespace Kasian.Web.Features.Admin.People;

/// <summary>
/// A person's fields beyond username and password (<see cref="PersonFields"/>), checked the same way by the API,
/// the pages and the CSV import; and the rules that guard the installation administrator's powers.
/// </summary>
public static class PersonInput
{
    public static string? DisplayName(Checks checks, string field, string? value) =>
        checks.Required(field, value, 200, "The person's full name with title, as printed under a signature (e.g. นางนภาพร ธาคำดี),");

    public static string? Email(Checks checks, string field, string? value)
    {
        var email = checks.Optional(field, value, 320);
        if (email is not null && !(MailAddress.TryCreate(email, out var parsed) && parsed.Address == email))
        {
            checks.Fail(field, $"'{email}' is not an e-mail address.");
            return null;
        }
        return email;
    }

    public static Roles Roles(Checks checks, string field, IEnumerable<string>? codes)
    {
        var (roles, unknown) = RoleNames.Parse(codes);
        if (unknown is not null)
            checks.Fail(field, $"'{unknown}' is not a role; the roles are {string.Join(", ", RoleNames.Codes((Data.Roles)~0))}.");
        return roles;
    }

    public static Problem UsernameTaken(string username) =>
        AdminChanges.Duplicate($"The username '{username}' is taken. Usernames are unique across the whole installation, every office included; choose another.");

    /// <summary>
    /// Granting or removing installation-administrator, and deactivating or resetting the password of someone who has it,
    /// are the installation administrators' own: otherwise an office's administrator could take over every office.
    /// </summary>
    public static Problem? GuardInstallationAdministrator(SignedIn actor, Roles before, Roles after, string what)
    {
        var touches = ((before | after) & Data.Roles.InstallationAdministrator) != 0;
        if (!touches || actor.HasAny(Data.Roles.InstallationAdministrator)) return null;
        return Problem.Forbidden("installation-administrator-only", $"Only an installation administrator may {what} an installation administrator.");
    }

    /// <summary>Someone's roles changed: granting or removing installation-administrator needs an installation administrator.</summary>
    public static Problem? GuardRoleChange(SignedIn actor, Roles before, Roles after) =>
        ((before ^ after) & Data.Roles.InstallationAdministrator) == 0 ? null
            : GuardInstallationAdministrator(actor, before, after, (after & Data.Roles.InstallationAdministrator) != 0 ? "make someone" : "remove the role of");
}
