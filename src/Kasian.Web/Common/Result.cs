namespace Kasian.Web.Common;

/// <summary>A handler's answer: a value, or a problem that maps to one precise HTTP status and a stable code.</summary>
public readonly struct Result<T> : IProblemResult<Result<T>>
{
    private Result(T? value, Problem? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public Problem? Problem { get; }

    public bool IsSuccess => Problem is null;

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Problem problem) => new(default, problem);

#pragma warning disable CA1000 // The static abstract member of IProblemResult is the point: a generic behaviour constructs the answer.
    public static Result<T> Fail(Problem problem) => problem;
#pragma warning restore CA1000
}

/// <summary>An answer that can carry a problem: what lets one pipeline behaviour refuse any request the same way.</summary>
public interface IProblemResult<TSelf>
{
    static abstract TSelf Fail(Problem problem);
}

/// <summary>
/// What went wrong, for people and programs: <see cref="Code"/> is stable and documented; <see cref="Detail"/> says why.
/// <see cref="RetryAfter"/>, when set, is sent as the Retry-After header (429, 503).
/// </summary>
public sealed record Problem(int Status, string Code, string Title, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null, TimeSpan? RetryAfter = null)
{
    public static Problem Unauthorized(string detail = "No signed-in user.") => new(401, "unauthorized", "Sign in first", detail);

    public static Problem NotFound(string what) => new(404, "not-found", "Not found", $"{what} does not exist or is not visible to you.");

    public static Problem Forbidden(string code, string detail) => new(403, code, "Not allowed", detail);

    public static Problem Conflict(string code, string detail) => new(409, code, "Conflict", detail);

    public static Problem ConcurrentAction() =>
        Conflict("concurrent-action", "Someone else changed this memo at the same moment; reload it and try again.");

    public static Problem Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(400, "validation-failed", "Invalid input", string.Join(" ", errors.SelectMany(e => e.Value)), errors);

    public static Problem Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });
}
