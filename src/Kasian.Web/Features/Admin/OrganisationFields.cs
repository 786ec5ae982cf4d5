using Kasian.Web.Common;
using Kasian.Web.Data;

namespace Kasian.Web.Features.Admin;

/// <summary>What an organisation must say about itself, checked the same way at first start and when an installation administrator adds one.</summary>
public static class OrganisationFields
{
    public static Organisation? Check(Checks checks, string? code, string? name, string? shortName, string? registerPrefix, string? province, string? district, string prefix = "")
    {
        var c = checks.Code(prefix + "code", code?.ToLowerInvariant(), 64, "The organisation code");
        var n = checks.Required(prefix + "name", name, 300, "The organisation's name (e.g. องค์การบริหารส่วนตำบลภูซาง)");
        var s = checks.Optional(prefix + "shortName", shortName, 100);
        var r = checks.Required(prefix + "registerPrefix", registerPrefix, 64, "The register prefix printed before each number (e.g. พย ๗๒๔๐๑)");
        var p = checks.Optional(prefix + "province", province, 100);
        var d = checks.Optional(prefix + "district", district, 100);
        if (checks.Failed) return null;
        return new Organisation { Code = c!, Name = n!, ShortName = s, RegisterCode = r!, Province = p, District = d };
    }
}
