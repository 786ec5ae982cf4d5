using Kasian.Web.Data;
using Kasian.Web.Features.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Pages;

/// <summary>Signs a person in with the same account and password hash the API's token endpoint checks.</summary>
public sealed class SignInModel(KasianDbContext db, IPasswordHasher<Person> hasher, IOptions<KasianOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public bool Failed { get; private set; }

    public bool Demo => options.Value.DemoEnabled;

    /// <summary>No administrator exists yet: the page points to first start rather than leave people at a door nobody can open.</summary>
    public bool SetupPending { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => SetupPending = !await SetUpInstallationHandler.IsDoneAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var username = Username?.Trim() ?? "";
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Username == username, ct);
        // A deactivated account gets the same answer as a wrong password, as at POST /api/auth/token.
        if (person is not { Active: true } || string.IsNullOrEmpty(Password)
            || hasher.VerifyHashedPassword(person, person.PasswordHash, Password) == PasswordVerificationResult.Failed)
        {
            Failed = true;
            await OnGetAsync(ct);
            return Page();
        }

        await CookieSignIn.SignInAsync(HttpContext, person.Id, person.Username, person.DisplayName);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
