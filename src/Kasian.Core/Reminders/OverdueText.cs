using Kasian.Core.Thai;

namespace Kasian.Core.Reminders;

/// <summary>"เกินกำหนด ๒ ชั่วโมง ๓๐ นาที": how long overdue, in Thai with Thai digits, for reminder messages.</summary>
public static class OverdueText
{
    /// <param name="dayLength">What one day is: 24 hours on the wall clock, one office day on the working clock.</param>
    public static string Of(TimeSpan overdue, TimeSpan dayLength)
    {
        if (overdue < TimeSpan.FromMinutes(1)) return "ถึงกำหนดแล้ว";
        var days = (int)(overdue.Ticks / dayLength.Ticks);
        var rest = overdue - dayLength * days;
        var parts = new List<string>();
        if (days > 0) parts.Add($"{ThaiDigits.ToThai(days)} วัน");
        if (rest.Hours + rest.Days * 24 > 0) parts.Add($"{ThaiDigits.ToThai(rest.Hours + rest.Days * 24)} ชั่วโมง");
        if (rest.Minutes > 0) parts.Add($"{ThaiDigits.ToThai(rest.Minutes)} นาที");
        return "เกินกำหนด " + string.Join(" ", parts);
    }
}
