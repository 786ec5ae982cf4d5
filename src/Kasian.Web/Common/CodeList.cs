namespace Kasian.Web.Common;

/// <summary>
/// A filter that names one or more values of an enum by their codes, comma-separated (<c>status=draft,pending</c>).
/// Each code must be one of the values' own codes: no numbers, no C# names, nothing silently read as something else.
/// </summary>
public static class CodeList
{
    public static Result<IReadOnlyList<T>> Parse<T>(string field, string text, Func<T, string> code) where T : struct, Enum
    {
        var known = Enum.GetValues<T>().ToDictionary(code, StringComparer.OrdinalIgnoreCase);
        var chosen = new List<T>();
        foreach (var part in text.Split(','))
        {
            if (!known.TryGetValue(part.Trim(), out var value))
                return Problem.Invalid(field, $"'{part.Trim()}' is not one of {string.Join(", ", known.Keys)}; name one, or several separated by commas ({field}={string.Join(",", known.Keys.Take(2))}).");
            if (!chosen.Contains(value)) chosen.Add(value);
        }
        return chosen;
    }
}
