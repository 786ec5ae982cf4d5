namespace Kasian.Core.Routes;

/// <summary>One thing wrong with a route file: where (file and JSON path) and why.</summary>
public sealed record RouteError(string File, string Path, string Reason)
{
    public override string ToString() => $"{File}: {Path}: {Reason}";
}

public sealed class RouteDefinitionException(IReadOnlyList<RouteError> errors)
    : Exception("Route definitions are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
{
    public IReadOnlyList<RouteError> Errors { get; } = errors;
}
