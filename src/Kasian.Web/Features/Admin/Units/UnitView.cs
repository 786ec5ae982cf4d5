using Kasian.Web.Data;

namespace Kasian.Web.Features.Admin.Units;

/// <summary>A unit (ส่วนราชการ/กอง) as the administration API and pages show it.</summary>
public sealed record UnitView(Guid Id, string Name, string? Phone, bool Active)
{
    public static UnitView Of(Unit u) => new(u.Id, u.Name, u.Phone, u.Active);
}

/// <summary>The name and phone of a unit, checked the same way on create and edit.</summary>
public static class UnitFields
{
    public static (string? Name, string? Phone) Check(Common.Checks checks, string? name, string? phone) =>
        (checks.Required("name", name, 300, "The unit's name (e.g. สำนักปลัด)"), checks.Optional("phone", phone, 64));

    public static Common.Problem Duplicate(string name) =>
        AdminChanges.Duplicate($"Your office already has a unit named '{name}'. Unit names are unique within an office.");
}
