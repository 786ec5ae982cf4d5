using Kasian.Core.Engine;
using System.Text.RegularExpressions;

namespace Kasian.Web.Common;

/// <summary>The one error shape: RFC 9457 problem details with a stable <c>code</c>.</summary>
public static partial class ProblemResults
{
    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult> ok) =>
        result.IsSuccess ? ok(result.Value!) : result.Problem!.ToHttp();

    public static IResult ToHttp(this Problem problem)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = problem.Code };
        if (problem.Errors is { } errors) extensions["errors"] = errors;
        var result = Results.Problem(problem.Detail, statusCode: problem.Status, title: problem.Title, extensions: extensions);
        return problem.RetryAfter is { } wait ? new WithRetryAfter(result, RetryAfterSeconds(wait)) : result;
    }

    /// <summary>Whole seconds, rounded up: a client that waits exactly that long is not refused again for a fraction.</summary>
    public static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed class WithRetryAfter(IResult inner, string seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = seconds;
            return inner.ExecuteAsync(httpContext);
        }
    }

    /// <summary>Engine refusals keep their meaning on the wire: a state conflict is 409, someone else's step 403, a missing reason 400.</summary>
    public static Problem ToProblem(this Refusal refusal)
    {
        var code = Kebab(refusal.Code.ToString());
        return refusal.Code switch
        {
            RefusalCode.NotYourStep or RefusalCode.OriginatorMayNotAct or RefusalCode.NotOriginator =>
                Problem.Forbidden(code, refusal.Message),
            RefusalCode.ReasonRequired =>
                new Problem(400, code, "Invalid input", refusal.Message, new Dictionary<string, string[]> { ["reason"] = [refusal.Message] }),
            _ => Problem.Conflict(code, refusal.Message),
        };
    }

    public static string Kebab(string pascal) => KebabPattern().Replace(pascal, "-$1").ToLowerInvariant();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex KebabPattern();
}
