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
        return Results.Problem(problem.Detail, statusCode: problem.Status, title: problem.Title, extensions: extensions);
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
