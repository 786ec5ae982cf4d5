namespace Kasian.Web.Common;

/// <summary>
/// Response headers for every answer, set when the response starts so they survive the exception handler clearing
/// the response and reach answers written before any endpoint runs (a 401 from authorization, a 404).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Pages never need script; forbidding it outright means stored text that slipped past encoding still cannot run.
    /// Styles come from our own files only; chart bars use SVG attributes, not inline style.
    /// </summary>
    public const string PagesPolicy =
        "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>
    /// The Hangfire dashboard (installation administrators only) runs its own script files and sets inline styles
    /// on its charts and progress bars; it loads nothing from elsewhere.
    /// </summary>
    public const string DashboardPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public static Task Add(HttpContext context, Func<Task> next)
    {
        // Decided now: a branch further on (the dashboard's) moves the path into PathBase before the response starts.
        var path = context.Request.Path;
        var policy = path.StartsWithSegments("/api") ? null : path.StartsWithSegments("/hangfire") ? DashboardPolicy : PagesPolicy;
        context.Response.OnStarting(static state =>
        {
            var (http, policy) = ((HttpContext, string?))state;
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (policy is null)
            {
                // API answers name people, memos and tokens: no cache (a browser's, a proxy's) keeps them.
                headers.CacheControl = "no-store";
            }
            else
            {
                headers.ContentSecurityPolicy = policy;
                headers["Referrer-Policy"] = "same-origin";
            }
            return Task.CompletedTask;
        }, (context, policy));
        return next();
    }
}
