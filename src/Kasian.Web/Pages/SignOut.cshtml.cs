using Kasian.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kasian.Web.Pages;

/// <summary>
/// Sign-out is a POST with the anti-forgery token, so no other site can sign a person out behind their back.
/// It ends the session on the server, not only the browser's cookie: a copy of the cookie kept from before is refused.
/// </summary>
public sealed class SignOutModel(Sessions sessions) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await sessions.EndAsync(User, ct);
        await HttpContext.SignOutAsync(PagesSetup.Scheme);
        return Redirect("/signin");
    }
}
