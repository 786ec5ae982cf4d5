using Kasian.Web.Auth;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Features.Setup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Pages;

/// <summary>Signs a person in with the same check, limits and sessions as the API's token endpoint.</summary>
public sealed class SignInModel(PasswordSignIn signIn, CookieSignIn cookie, KasianDbContext db, IOptions<KasianOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public bool Failed { get; private set; }

    /// <summary>Whole minutes to wait when too many sign-ins have failed; null otherwise.</summary>
    public int? WaitMinutes { get; private set; }

    public bool Demo => options.Value.DemoEnabled;

    /// <summary>No administrator exists yet: the page points to first start rather than leave people at a door nobody can open.</summary>
    public bool SetupPending { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => SetupPending = !await SetUpInstallationHandler.IsDoneAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        var checkedIn = await signIn.CheckAsync(Username, Password, address, ct);
        if (checkedIn.Problem is { } refused)
        {
            if (refused.RetryAfter is { } wait)
            {
                WaitMinutes = (int)Math.Ceiling(wait.TotalMinutes);
                Response.StatusCode = refused.Status;
                Response.Headers.RetryAfter = ProblemResults.RetryAfterSeconds(wait);
            }
            else Failed = true;
            await OnGetAsync(ct);
            return Page();
        }

        await cookie.SignInAsync(HttpContext, checkedIn.Value!, ct);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
