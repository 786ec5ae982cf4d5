using Kasian.Core.Thai;

namespace Kasian.Core.Calendar;

/// <summary>Whether an office is open at an instant, and when it next opens: what quiet hours and the daily digest wait for.</summary>
public static class OfficeHours
{
    public static bool IsOpen(WorkingCalendar calendar, DateTimeOffset instant)
    {
        var local = ThaiDate.ToBangkok(instant).DateTime;
        var time = TimeOnly.FromDateTime(local);
        return calendar.IsWorkingDay(DateOnly.FromDateTime(local)) && time >= calendar.Opens && time < calendar.Closes;
    }

    /// <summary>
    /// The instant itself when the office is open; otherwise the opening time (08:30 by default) of the next working day,
    /// or of today when it is a working day whose office has not opened yet; in UTC.
    /// </summary>
    public static DateTimeOffset NextOpenFrom(WorkingCalendar calendar, DateTimeOffset instant)
    {
        if (IsOpen(calendar, instant)) return instant;
        var local = ThaiDate.ToBangkok(instant).DateTime;
        var day = DateOnly.FromDateTime(local);
        if (TimeOnly.FromDateTime(local) >= calendar.Opens) day = day.AddDays(1);
        while (!calendar.IsWorkingDay(day)) day = day.AddDays(1);
        // In UTC, as every stored instant is: SQLite orders instants by their own clock reading, offset and all.
        return new DateTimeOffset(day.ToDateTime(calendar.Opens), ThaiDate.BangkokOffset).ToUniversalTime();
    }
}
