using System.Globalization;
using System.Text.RegularExpressions;

namespace Kasian.Core.Routes;

/// <summary>
/// An ISO 8601 duration limited to weeks, days and time ("P2W", "P1D", "PT4H", "P1DT2H30M").
/// Days are kept apart from hours because on a working calendar "P1D" means one working day,
/// not 24 hours; weeks are kept apart from days because on a working calendar a week is an office
/// week of five working days, not seven. Years and months are refused: their length is ambiguous for a deadline.
/// </summary>
public readonly partial record struct IsoDuration(int Days, TimeSpan Time)
{
    /// <summary>Working days in a week on the working clock (Monday to Friday).</summary>
    public const int WorkingDaysPerWeek = 5;

    public static IsoDuration Zero => default;

    /// <summary>Weeks, counted apart from <see cref="Days"/> until the clock says how long a week is (<see cref="InDays"/>).</summary>
    public int Weeks { get; init; }

    public bool IsZero => Weeks == 0 && Days == 0 && Time == TimeSpan.Zero;

    /// <summary>Wall-clock length: a day is 24 hours, a week 7 days.</summary>
    public TimeSpan ToTimeSpan() => TimeSpan.FromDays(InDays(7).Days) + Time;

    /// <summary>The same duration with its weeks folded into days: 7 a week on the calendar, <see cref="WorkingDaysPerWeek"/> on the working clock.</summary>
    public IsoDuration InDays(int daysPerWeek) => new(Days + Weeks * daysPerWeek, Time);

    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = default;
        if (string.IsNullOrEmpty(text)) return false;
        var m = Pattern().Match(text);
        if (!m.Success || text is "P" or "PT" || text.EndsWith('T')) return false;

        var weeks = Int(m.Groups["w"]);
        var days = Int(m.Groups["d"]);
        var time = TimeSpan.FromHours(Int(m.Groups["h"])) + TimeSpan.FromMinutes(Int(m.Groups["m"])) + TimeSpan.FromSeconds(Int(m.Groups["s"]));
        duration = new IsoDuration(days, time) { Weeks = weeks };
        return true;
    }

    /// <summary>Scales the duration (urgency may shorten a deadline); the result is expressed in time only when days do not divide evenly. For the wall clock: a day is 24 hours, a week 7 days.</summary>
    public IsoDuration Scale(double factor) => InDays(7).ScaleDays(factor, TimeSpan.FromDays(1));

    /// <summary>
    /// Scales the duration on the working clock, turning a fraction of a day into <paramref name="dayLength"/> × fraction.
    /// A day is one office day (8 hours), so half of P1D is PT4H, not PT12H — which would be 1.5 office days and
    /// make an urgent memo fall due later than a normal one; a week is five working days.
    /// </summary>
    public IsoDuration Scale(double factor, TimeSpan dayLength) => InDays(WorkingDaysPerWeek).ScaleDays(factor, dayLength);

    private IsoDuration ScaleDays(double factor, TimeSpan dayLength)
    {
        var days = Days * factor;
        var wholeDays = (int)Math.Floor(days);
        var rest = dayLength * (days - wholeDays);
        return new IsoDuration(wholeDays, Time * factor + rest);
    }

    public override string ToString()
    {
        if (IsZero) return "PT0S";
        var s = "P" + (Weeks > 0 ? $"{Weeks}W" : "") + (Days > 0 ? $"{Days}D" : "");
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
