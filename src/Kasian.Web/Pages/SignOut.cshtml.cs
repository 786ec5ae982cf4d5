using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kasian.Web.Pages;

/// <summary>Sign-out is a POST with the anti-forgery token, so no other site can sign a person out behind their back.</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(PagesSetup.Scheme);
        return Redirect("/signin");
    }
}
