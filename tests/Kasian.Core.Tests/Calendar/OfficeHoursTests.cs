using Kasian.Core.Calendar;

namespace Kasian.Core.Tests.Calendar;

public sealed class OfficeHoursTests
{
    // Tue 24 Nov 2026 … ; Fri 27 Nov; a holiday on Mon 30 Nov.
    private static readonly WorkingCalendar Calendar = new([new DateOnly(2026, 11, 30)]);

    private static DateTimeOffset Bangkok(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData(24, 10, 0, 24, 10, 0)] // open: at once
    [InlineData(24, 8, 29, 24, 8, 30)] // before opening on a working day: today at 08:30
    [InlineData(24, 16, 30, 25, 8, 30)] // closing time: the next morning
    [InlineData(24, 22, 0, 25, 8, 30)]
    [InlineData(27, 17, 0, 1, 8, 30)] // Friday evening, Monday a holiday: Tuesday (1 Dec)
    [InlineData(28, 11, 0, 1, 8, 30)] // Saturday noon
    public void Messages_outside_office_hours_wait_for_the_next_opening(int day, int hour, int minute, int toDay, int toHour, int toMinute)
    {
        var expected = toDay < day ? new DateTimeOffset(2026, 12, toDay, toHour, toMinute, 0, TimeSpan.FromHours(7)) : Bangkok(toDay, toHour, toMinute);
        Assert.Equal(expected, OfficeHours.NextOpenFrom(Calendar, Bangkok(day, hour, minute)));
    }
}
