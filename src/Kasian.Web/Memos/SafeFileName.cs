using System.Globalization;

namespace Kasian.Web.Memos;

/// <summary>
/// A stored file name that cannot climb directories, hide control characters, read backwards or overflow a
/// header: the last path segment, control and reserved characters replaced, bidirectional controls removed,
/// at most 200 characters. Thai letters stay.
/// </summary>
public static class SafeFileName
{
    public const int MaxLength = 200;

    /// <summary>An extension longer than this is not one a reader would recognise; a long name is then cut as a whole.</summary>
    private const int MaxExtension = 16;

    private static readonly char[] Reserved = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    private static readonly HashSet<string> KnownTypes =
        ["application/pdf", "image/png", "image/jpeg", "text/plain", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/msword", "application/vnd.ms-excel"];

    public static string From(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        // "gnp.exe" behind U+202E shows as "exe.png": the controls go, so the name reads as it is.
        var chars = last.Where(c => !IsBidiControl(c)).Select(c => char.IsControl(c) || Reserved.Contains(c) ? '_' : c).ToArray();
        var clean = new string(chars).Trim().TrimStart('.');
        if (clean.Length > MaxLength)
        {
            var extension = Path.GetExtension(clean);
            if (extension.Length > MaxExtension) extension = "";
            clean = Cut(clean[..^extension.Length], MaxLength - extension.Length) + extension;
        }
        return clean.Length == 0 ? "attachment" : clean;
    }

    /// <summary>Only types we recognise are passed on; anything else is served as opaque bytes.</summary>
    public static string ContentType(string? declared) =>
        declared is not null && KnownTypes.Contains(declared) ? declared : "application/octet-stream";

    /// <summary>The longest start of <paramref name="text"/> within <paramref name="max"/> characters that ends between two
    /// whole characters (never half a surrogate pair, which PostgreSQL cannot store, nor a Thai vowel without its consonant).</summary>
    private static string Cut(string text, int max)
    {
        var length = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var next = elements.ElementIndex + elements.GetTextElement().Length;
            if (next > max) break;
            length = next;
        }
        return text[..length];
    }

    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
}
