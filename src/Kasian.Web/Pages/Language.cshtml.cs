using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kasian.Web.Pages;

/// <summary>
/// The one-click language switch: a plain link, so it works without script. It changes only a display
/// preference and redirects within the site, so it needs no anti-forgery token.
/// </summary>
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet(string? to, string? returnUrl)
    {
        Response.Cookies.Append(Texts.Cookie, to == "en" ? "en" : "th", new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            Secure = Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
        });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
