using System.Globalization;
using Kasian.Core.Thai;

namespace Kasian.Web.Pages;

/// <summary>
/// A date as a Thai reader writes it: day/month/Buddhist year, in Thai or Latin digits ("๑๑/๒/๒๕๖๘", "11/2/2568").
/// A browser's date picker shows the Gregorian calendar, which official dates do not use (DOMAIN.md).
/// </summary>
public static class BuddhistDateInput
{
    /// <summary>True with no date for empty text; false when the text is not such a date.</summary>
    public static bool TryParse(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var parts = ThaiDigits.ToLatin(text.Trim()).Split('/', '-', '.');
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return false;
        var gregorian = year - ThaiDate.BuddhistYear(0);
        if (gregorian is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(gregorian, month)) return false;
        date = new DateOnly(gregorian, month, day);
        return true;
    }

    /// <summary>The form the reader typed it in: "11/2/2568", in Thai digits for a Thai reader.</summary>
    public static string Format(DateOnly? date, Texts texts) =>
        date is { } d ? texts.Digits(string.Create(CultureInfo.InvariantCulture, $"{d.Day}/{d.Month}/{ThaiDate.BuddhistYear(d.Year)}")) : "";
}
