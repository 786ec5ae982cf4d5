using System.Globalization;
using System.Text.RegularExpressions;

namespace Kasian.Core.Routes;

/// <summary>
/// An ISO 8601 duration limited to weeks, days and time ("P1D", "PT4H", "P1DT2H30M").
/// Days are kept apart from hours because on a working calendar "P1D" means one working day,
/// not 24 hours. Years and months are refused: their length is ambiguous for a deadline.
/// </summary>
public readonly partial record struct IsoDuration(int Days, TimeSpan Time)
{
    public static IsoDuration Zero => default;

    public bool IsZero => Days == 0 && Time == TimeSpan.Zero;

    /// <summary>Wall-clock length: a day is 24 hours.</summary>
    public TimeSpan ToTimeSpan() => TimeSpan.FromDays(Days) + Time;

    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = default;
        if (string.IsNullOrEmpty(text)) return false;
        var m = Pattern().Match(text);
        if (!m.Success || text is "P" or "PT" || text.EndsWith('T')) return false;

        var weeks = Int(m.Groups["w"]);
        var days = Int(m.Groups["d"]);
        var time = TimeSpan.FromHours(Int(m.Groups["h"])) + TimeSpan.FromMinutes(Int(m.Groups["m"])) + TimeSpan.FromSeconds(Int(m.Groups["s"]));
        duration = new IsoDuration(weeks * 7 + days, time);
        return true;
    }

    /// <summary>Scales the duration (urgency may shorten a deadline); the result is expressed in time only when days do not divide evenly. A day is 24 hours here: for the wall clock.</summary>
    public IsoDuration Scale(double factor) => Scale(factor, TimeSpan.FromDays(1));

    /// <summary>
    /// Scales the duration, turning a fraction of a day into <paramref name="dayLength"/> × fraction.
    /// On the working clock a day is one office day (8 hours), so half of P1D is PT4H, not PT12H —
    /// which would be 1.5 office days and make an urgent memo fall due later than a normal one.
    /// </summary>
    public IsoDuration Scale(double factor, TimeSpan dayLength)
    {
        var days = Days * factor;
        var wholeDays = (int)Math.Floor(days);
        var rest = dayLength * (days - wholeDays);
        return new IsoDuration(wholeDays, Time * factor + rest);
    }

    public override string ToString()
    {
        if (IsZero) return "PT0S";
        var s = "P" + (Days > 0 ? $"{Days}D" : "");
        if (Time > TimeSpan.Zero)
        {
            s += "T";
            if (Time.Hours + Time.Days * 24 > 0) s += $"{Time.Hours + Time.Days * 24}H";
            if (Time.Minutes > 0) s += $"{Time.Minutes}M";
            if (Time.Seconds > 0) s += $"{Time.Seconds}S";
        }
        return s;
    }

    private static int Int(Group g) => g.Success ? int.Parse(g.Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^P(?:(?<w>[0-9]{1,4})W)?(?:(?<d>[0-9]{1,4})D)?(?:T(?:(?<h>[0-9]{1,5})H)?(?:(?<m>[0-9]{1,6})M)?(?:(?<s>[0-9]{1,7})S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
