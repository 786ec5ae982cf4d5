using Kasian.Web.Data;

namespace Kasian.Web.Common;

/// <summary>Roles on the wire: lower-case codes, the same in requests, answers and problem details.</summary>
public static class RoleNames
{
    private static readonly (Roles Role, string Code)[] All =
    [
        (Roles.Administrator, "administrator"),
        (Roles.Clerk, "clerk"),
        (Roles.Auditor, "auditor"),
        (Roles.InstallationAdministrator, "installation-administrator"),
    ];

    public static IReadOnlyList<string> Codes(Roles roles) => All.Where(r => roles.HasFlag(r.Role)).Select(r => r.Code).ToList();

    public static string Describe(Roles roles) => string.Join(" or ", Codes(roles));

    /// <summary>The roles named, or the first unknown name.</summary>
    public static (Roles Roles, string? Unknown) Parse(IEnumerable<string>? codes)
    {
        var roles = Roles.None;
        foreach (var code in codes ?? [])
        {
            var match = All.FirstOrDefault(r => string.Equals(r.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match.Code is null) return (roles, code ?? "");
            roles |= match.Role;
        }
        return (roles, null);
    }
}
