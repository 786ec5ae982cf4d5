using System.Security.Claims;
using Kasian.Web.Auth;
using Kasian.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Pages;

/// <summary>
/// The pages' cookie for a person, what the sign-in page and first start both give: a server-side session is
/// started first and named in the cookie, so signing out (or an administrator's revocation) ends it for good.
/// </summary>
public sealed class CookieSignIn(Sessions sessions, TimeProvider clock, IOptions<KasianOptions> options)
{
    public async Task SignInAsync(HttpContext http, Person person, CancellationToken ct)
    {
        var expires = clock.GetUtcNow() + options.Value.Auth.SessionLifetime;
        var session = await sessions.StartAsync(person, SessionKind.Page, expires, http.Connection.RemoteIpAddress?.ToString(), ct);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, person.Id.Value.ToString()),
                new Claim(ClaimTypes.Name, person.DisplayName),
                new Claim("username", person.Username),
                new Claim(Sessions.ClaimType, session.Id.ToString()),
            ],
            PagesSetup.Scheme);
        await http.SignInAsync(PagesSetup.Scheme, new ClaimsPrincipal(identity));
    }
}
