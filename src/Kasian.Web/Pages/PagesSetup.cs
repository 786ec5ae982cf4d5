using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.WebEncoders;

namespace Kasian.Web.Pages;

/// <summary>
/// The people's UI: Razor Pages signed in by cookie. The API stays bearer-only (AuthSetup.ApiPolicy);
/// pages demand the cookie scheme, so neither credential opens the other's door.
/// </summary>
public static class PagesSetup
{
    public const string Scheme = "kasian-pages";
    public const string Policy = "pages";

    public static IServiceCollection AddKasianPages(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Scheme, o =>
        {
            o.LoginPath = "/signin";
            o.LogoutPath = "/signout";
            o.AccessDeniedPath = "/signin";
            o.ReturnUrlParameter = "returnUrl";
            o.Cookie.Name = "kasian";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request came over HTTPS (directly, or from a configured proxy: Common/Transport.cs).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = ValidateSessionAsync;
            // The handler's own redirects are absolute, built from the request's Host header, which the client chooses.
            o.Events.OnRedirectToLogin = RedirectToSignIn;
            o.Events.OnRedirectToAccessDenied = RedirectToSignIn;
        });
        // Cookie lifetimes follow the app's one clock, so tests that move time move sessions too.
        services.AddOptions<CookieAuthenticationOptions>(Scheme).Configure<TimeProvider>((o, clock) => o.TimeProvider = clock);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/", Policy);
            o.Conventions.AllowAnonymousToPage("/SignIn");
            o.Conventions.AllowAnonymousToPage("/Language");
            o.Conventions.AllowAnonymousToPage("/Setup");
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "kasian-af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__af";
        });
        // Thai stays Thai in the HTML (a third of the bytes of &#xE01; escapes on slow connections); markup characters are still encoded.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddScoped<Texts>();
        return services;
    }

    public static WebApplication MapKasianPages(this WebApplication app)
    {
        app.UseStaticFiles();
        app.MapRazorPages();
        return app;
    }

    /// <summary>
    /// Every request with the cookie: its session must still be open (not signed out, not revoked, within its
    /// absolute lifetime, its person active), or the cookie is refused and removed.
    /// </summary>
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var db = services.GetRequiredService<Data.KasianDbContext>();
        if (await Auth.Sessions.IsOpenAsync(db, context.Principal!, ClaimTypes.NameIdentifier, now, context.HttpContext.RequestAborted)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(Scheme);
    }

    /// <summary>A relative redirect to the sign-in page, coming back to where the reader was.</summary>
    private static Task RedirectToSignIn(RedirectContext<CookieAuthenticationOptions> context)
    {
        var request = context.Request;
        context.Response.Redirect(request.PathBase + "/signin" + QueryString.Create("returnUrl", request.PathBase + request.Path + request.QueryString));
        return Task.CompletedTask;
    }
}
