namespace Kasian.Web.Pages.Account;

/// <summary>The texts of a person's own account pages (password, stand-in while away), Thai first.</summary>
internal static class AccountTexts
{
    internal static readonly Dictionary<string, (string Th, string En)> All = new()
    {
        ["nav.account"] = ("บัญชีของฉัน", "My account"),
    };
}
