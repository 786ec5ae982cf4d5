using System.Globalization;
using Kasian.Core.Thai;
using Kasian.Web.Features.Admin;

namespace Kasian.Web.Pages.Admin;

/// <summary>
/// A holiday list as a page edits it without script: one holiday a line, "2027-01-01 วันขึ้นปีใหม่". The year may be
/// written in the Buddhist Era and the digits in Thai, as people type them; the handler still checks every date.
/// </summary>
public static class HolidayLines
{
    /// <summary>The entries, and for each the line it came from (1-based), so that an error lands on its line.</summary>
    public static (List<HolidayEntry?> Entries, List<int> Lines) Parse(string? text)
    {
        var entries = new List<HolidayEntry?>();
        var lines = new List<int>();
        var all = (text ?? "").Split('\n');
        for (var i = 0; i < all.Length; i++)
        {
            var line = all[i].Trim();
            if (line.Length == 0) continue;
            var space = line.IndexOfAny([' ', '\t']);
            var date = space < 0 ? line : line[..space];
            var name = space < 0 ? null : line[(space + 1)..].Trim();
            entries.Add(new HolidayEntry(Gregorian(ThaiDigits.ToLatin(date)), name));
            lines.Add(i + 1);
        }
        return (entries, lines);
    }

    public static string Write(IEnumerable<Kasian.Core.Calendar.Holiday> holidays) =>
        string.Join("\n", holidays.Select(h => $"{h.Date:yyyy-MM-dd} {h.Name}"));

    /// <summary>A Buddhist-Era date (year 2400 or later, far beyond any Gregorian year the lists accept) in the Gregorian year.</summary>
    private static string Gregorian(string date)
    {
        if (date.Length == 10 && int.TryParse(date[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 2400
            && DateOnly.TryParseExact($"{year - ThaiDate.BuddhistEraOffset:D4}{date[4..]}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return date;
    }
}
