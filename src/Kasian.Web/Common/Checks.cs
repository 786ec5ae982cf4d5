namespace Kasian.Web.Common;

/// <summary>
/// Collects what is wrong with a request's fields, field by field, and turns it into one 400 problem.
/// Text is checked for what a reader would see: zero-width and other invisible characters do not count
/// as content, and bidirectional overrides (which can make a name read backwards) are refused.
/// </summary>
public sealed class Checks
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Failed => _errors.Count > 0;

    public Problem? Problem => Failed ? Common.Problem.Invalid(_errors) : null;

    public void Fail(string field, string message) => _errors.TryAdd(field, [message]);

    /// <summary>The trimmed text, or null (with an error) when it is missing, invisible or too long.</summary>
    public string? Required(string field, string? value, int max, string what)
    {
        if (!HasVisibleText(value)) { Fail(field, $"{what} is required."); return null; }
        return Optional(field, value, max);
    }

    /// <summary>The trimmed text, or null when it is empty or invisible; an error when it is too long.</summary>
    public string? Optional(string field, string? value, int max)
    {
        if (!HasVisibleText(value)) return null;
        var text = value!.Trim();
        if (text.Length > max) { Fail(field, $"{field} is {text.Length} characters; at most {max} are allowed."); return null; }
        if (text.Any(IsBidiOverride)) { Fail(field, $"{field} contains a right-to-left override character, which can disguise text."); return null; }
        return text;
    }

    /// <summary>A code that appears in URLs, route files and CSV: lower-case letters, digits, '-', '_' and '.'.</summary>
    public string? Code(string field, string? value, int max, string what)
    {
        var text = Required(field, value, max, what);
        if (text is null) return null;
        if (!text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.'))
        {
            Fail(field, $"{what} may contain only lower-case letters a-z, digits, '-', '_' and '.': '{text}' does not.");
            return null;
        }
        return text;
    }

    public static bool HasVisibleText(string? value) => !Kasian.Core.Memos.VisibleText.IsBlank(value);

    private static bool IsBidiOverride(char c) => c is '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069';
}
