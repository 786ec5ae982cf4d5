using System.Text.Encodings.Web;
using System.Text.Unicode;
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
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
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
            o.FormFieldName = "__af";
        });
        // Thai stays Thai in the HTML (a third of the bytes of &#xE01; escapes on slow connections); markup characters are still encoded.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddScoped<Texts>();
        return services;
    }

    public static WebApplication MapKasianPages(this WebApplication app)
    {
        app.Use(SecurityHeaders);
        app.UseStaticFiles();
        app.MapRazorPages();
        return app;
    }

    /// <summary>
    /// Pages never need script; forbidding it outright means stored text that slipped past encoding still cannot run.
    /// Styles come from our own files only; chart bars use SVG attributes, not inline style.
    /// </summary>
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
                "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
        }
        return next();
    }
}
