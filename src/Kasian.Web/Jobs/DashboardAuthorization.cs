using System.Security.Claims;
using Hangfire.Dashboard;
using Kasian.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Jobs;

/// <summary>
/// /hangfire is for installation administrators only (its jobs span every office). A browser signs in with the pages' cookie; a script may send a bearer token. Either way the person id is the NameIdentifier claim, and
/// whether they are an administrator is read from the database on each request, so revoking takes effect at once.
/// </summary>
public sealed class DashboardAuthorization : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var user = await SignedInAsync(http);
        if (!Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var id)) return false;
        var db = http.RequestServices.GetRequiredService<KasianDbContext>();
        return await db.People.AsNoTracking().AnyAsync(p => p.Id == new Kasian.Core.Memos.PersonId(id) && p.Active && (p.Roles & Roles.InstallationAdministrator) != 0, http.RequestAborted);
    }

    private static async Task<ClaimsPrincipal?> SignedInAsync(HttpContext http)
    {
        foreach (var scheme in new[] { Pages.PagesSetup.Scheme, JwtBearerDefaults.AuthenticationScheme })
        {
            var result = await http.AuthenticateAsync(scheme);
            if (!result.Succeeded) continue;
            // Hangfire answers 403 rather than 401 only for a request whose User is signed in.
            http.User = result.Principal;
            return result.Principal;
        }
        return null;
    }
}
