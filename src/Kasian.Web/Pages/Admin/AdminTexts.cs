namespace Kasian.Web.Pages.Admin;

/// <summary>The texts of first start and the administration pages, Thai first.</summary>
internal static class AdminTexts
{
    internal static readonly Dictionary<string, (string Th, string En)> All = new()
    {
        ["nav.admin"] = ("ผู้ดูแลระบบ", "Administration"),
        ["setup.title"] = ("ตั้งค่าเริ่มต้น", "First start"),
    };
}
