using System.Security.Claims;
using Kasian.Web.Auth;
using Kasian.Web.Common;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Pages;

/// <summary>Signs a person in with the same check, limits and sessions as the API's token endpoint.</summary>
public sealed class SignInModel(PasswordSignIn signIn, Sessions sessions, TimeProvider clock, IOptions<KasianOptions> options) : PageModel
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

    public void OnGet()
    {
    }

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
            return Page();
        }

        var person = checkedIn.Value!;
        var session = await sessions.StartAsync(person, SessionKind.Page, clock.GetUtcNow() + options.Value.Auth.SessionLifetime, address, ct);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, person.Id.Value.ToString()),
                new Claim(ClaimTypes.Name, person.DisplayName),
                new Claim("username", person.Username),
                new Claim(Sessions.ClaimType, session.Id.ToString()),
            ],
            PagesSetup.Scheme);
        await HttpContext.SignInAsync(PagesSetup.Scheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
