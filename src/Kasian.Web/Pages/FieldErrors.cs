using System.Text.RegularExpressions;

namespace Kasian.Web.Pages;

/// <summary>
/// The handlers' field messages are English, for the API's integrators; a Thai reader gets them in Thai. A field with
/// its own words (<c>invalid.&lt;field&gt;</c>) gets those; otherwise the message's kind (missing, too long, disguised)
/// is put in Thai around the field's Thai name. A message of another kind is shown as it is rather than guessed at.
/// </summary>
public static partial class FieldErrors
{
    public static string InThai(Texts texts, string field, string message)
    {
        if (Texts.All.ContainsKey("invalid." + field)) return texts["invalid." + field];
        var label = Texts.All.TryGetValue("field." + field, out var name) ? name.Th : field;
        if (message.Contains(" is required", StringComparison.Ordinal)) return texts.Format("invalid.required", label);
        if (TooLong().Match(message) is { Success: true } m)
            return texts.Format("invalid.tooLong", label, texts.Number(long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)),
                texts.Number(long.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)));
        if (message.Contains("right-to-left override", StringComparison.Ordinal)) return texts.Format("invalid.disguised", label);
        return message;
    }

    [GeneratedRegex(@"is (\d+) characters; at most (\d+) are allowed")]
    private static partial Regex TooLong();
}
