using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Kasian.Web.Common;

/// <summary>
/// Turns what the framework throws for bad requests (malformed JSON, a body over the limit) into our
/// problem shape with a stable code, and a database that cannot write into 503 <c>storage-unavailable</c>
/// (a page, for the pages). Anything else is a 500 that says nothing of the internals.
/// </summary>
public sealed class ExceptionProblems(ILogger<ExceptionProblems> log, StorageFaults storage) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (StorageFaults.IsFault(exception, out var reason))
        {
            // An operator's matter, logged once per request without the stack: the cause is the disk, not the code.
            log.LogWarning("Storage unavailable on {Method} {Path}: {Reason} ({Message})", http.Request.Method, http.Request.Path, reason, exception.GetBaseException().Message);
            storage.Seen(reason);
            http.Response.Headers.RetryAfter = ((int)StorageFaults.Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (IsPage(http.Request)) await Pages.StoragePage.WriteAsync(http);
            else await ProblemWriter.WriteAsync(http, StorageFaults.Problem);
            return true;
        }
        var problem = exception switch
        {
            BadHttpRequestException { StatusCode: 413 } =>
                new Problem(413, "too-large", "Request too large", "The request body is larger than this endpoint accepts."),
            BadHttpRequestException { InnerException: JsonException json } =>
                new Problem(400, "malformed-request", "Malformed request", BadRequestText.Json(json)),
            BadHttpRequestException bad =>
                new Problem(bad.StatusCode, "malformed-request", "Malformed request", BadRequestText.Of(bad)),
            _ => null,
        };
        if (problem is null)
        {
            log.LogError(exception, "Unhandled error on {Path}", http.Request.Path);
            problem = new Problem(500, "internal-error", "Something went wrong", "The error has been logged.");
        }
        await ProblemWriter.WriteAsync(http, problem);
        return true;
    }

    private static bool IsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/health") && !request.Path.StartsWithSegments("/hangfire");
}
