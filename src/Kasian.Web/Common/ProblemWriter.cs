namespace Kasian.Web.Common;

/// <summary>Writes a <see cref="Problem"/> outside an endpoint (authentication challenges, the exception handler).</summary>
public static class ProblemWriter
{
    public static async Task WriteAsync(HttpContext http, Problem problem)
    {
        http.Response.StatusCode = problem.Status;
        await problem.ToHttp().ExecuteAsync(http);
    }
}
