using Microsoft.AspNetCore.Http;

namespace Kasian.Web.Common;

/// <summary>
/// Problems the framework writes itself (a body over Kestrel's limit, an unknown path, a wrong method)
/// get a stable <c>code</c> too, so clients can rely on it for every error.
/// </summary>
public static class FrameworkProblems
{
    public static void AddCode(ProblemDetailsContext context)
    {
        var extensions = context.ProblemDetails.Extensions;
        if (extensions.ContainsKey("code")) return;
        extensions["code"] = context.ProblemDetails.Status switch
        {
            400 => "malformed-request",
            401 => "unauthorized",
            403 => "forbidden",
            404 => "not-found",
            405 => "method-not-allowed",
            413 => "too-large",
            415 => "unsupported-media-type",
            _ => "error",
        };
        context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
        {
            413 => "The request body is larger than this endpoint accepts.",
            404 => "There is nothing at this address.",
            415 => "Send JSON with Content-Type: application/json.",
            _ => context.ProblemDetails.Title,
        };
    }
}
