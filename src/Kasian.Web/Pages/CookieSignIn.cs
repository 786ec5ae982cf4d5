using System.Security.Claims;
using Kasian.Core.Memos;
using Microsoft.AspNetCore.Authentication;

namespace Kasian.Web.Pages;

/// <summary>The pages' session cookie for a person: what the sign-in page and first start both give.</summary>
public static class CookieSignIn
{
    public static Task SignInAsync(HttpContext http, PersonId id, string username, string displayName)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, id.Value.ToString()),
                new Claim(ClaimTypes.Name, displayName),
                new Claim("username", username),
            ],
            PagesSetup.Scheme);
        return http.SignInAsync(PagesSetup.Scheme, new ClaimsPrincipal(identity));
    }
}
