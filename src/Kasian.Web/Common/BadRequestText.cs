using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kasian.Web.Common;

/// <summary>
/// Says what was wrong with a request the framework could not read, in the client's terms: where in the JSON,
/// which parameter. The framework's own messages name .NET types ("could not be converted to System.Int32",
/// parameter "CreateMemoRequest body"), which tell a client nothing and an attacker how Kasian is built.
/// </summary>
public static partial class BadRequestText
{
    public static string Json(JsonException json)
    {
        if (json.Path is not { Length: > 0 } path) return "The body is not valid JSON.";
        var where = json.LineNumber is { } line && json.BytePositionInLine is { } position
            ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {position + 1})")
            : "";
        return $"The JSON body could not be read at {path}{where}: the value is malformed or not of the expected type (text, number, true/false, a list, an object; dates as yyyy-MM-dd).";
    }

    public static string Of(BadHttpRequestException bad)
    {
        // 'parameter "Guid id"' → 'parameter "id"'; the framework's advice to developers goes.
        var text = ParameterWithType().Replace(bad.Message, "parameter \"$1\"");
        text = text.Replace(" Did you mean to use a Service instead?", "", StringComparison.Ordinal);
        return TypeName().IsMatch(text) ? "The request could not be read: a parameter or the body is missing or malformed." : text;
    }

    [GeneratedRegex("parameter \"[^\"]*?\\s([A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex ParameterWithType();

    /// <summary>Anything still looking like a namespace-qualified type is not shown at all.</summary>
    [GeneratedRegex(@"\b(System|Kasian|Microsoft)\.[A-Z]")]
    private static partial Regex TypeName();
}
