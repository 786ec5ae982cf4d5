using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Kasian.Web.Common;

/// <summary>
/// Turns what the framework throws for bad requests (malformed JSON, a body over the limit) into our
/// problem shape with a stable code. Anything else is a 500 that says nothing of the internals.
/// </summary>
public sealed class ExceptionProblems(ILogger<ExceptionProblems> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
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
}
