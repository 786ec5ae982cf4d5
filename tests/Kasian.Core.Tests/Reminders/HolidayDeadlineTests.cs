using Kasian.Core.Calendar;
using Kasian.Core.Routes;

namespace Kasian.Core.Tests.Reminders;

/// <summary>Deadlines on the repository's own holiday file (workflows/calendars), as the app loads it.</summary>
public class HolidayDeadlineTests
{
    private static readonly WorkingCalendar Calendar = Load();

    private static WorkingCalendar Load()
    {
        var path = Path.Combine(RepositoryFiles.Root, "workflows", "calendars", "th-public-holidays.json");
        var (calendar, errors) = CalendarFile.Parse("th-public-holidays.json", File.ReadAllText(path));
        Assert.Empty(errors);
        return calendar!;
    }

    private static DateTimeOffset Bangkok(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    private static DateTimeOffset Deadline(DateTimeOffset start, string due) =>
        Calendar.Deadline(start, IsoDuration.TryParse(due, out var d) ? d : throw new ArgumentException(due), StepClock.Working);

    [Fact]
    public void A_working_day_from_Friday_4_December_2026_skips_the_weekend_and_the_substitute_holiday_for_Fathers_Day()
    {
        // 5 Dec (Sat) วันชาติ, substituted on Monday 7 Dec: the next working day is Tuesday 8 Dec.
        Assert.Equal(Bangkok(2026, 12, 8, 10), Deadline(Bangkok(2026, 12, 4, 10), "P1D"));
    }

    [Fact]
    public void Hours_opened_after_closing_on_the_eve_of_a_holiday_start_on_the_next_working_morning()
    {
        // Wednesday 9 Dec 17:00 is after hours; 10 Dec is Constitution Day; Friday 11 Dec 08:30 + 4h.
        Assert.Equal(Bangkok(2026, 12, 11, 12, 30), Deadline(Bangkok(2026, 12, 9, 17), "PT4H"));
    }

    [Fact]
    public void Working_time_between_counts_only_office_hours_on_working_days()
    {
        // Friday 4 Dec 15:30 to Tuesday 8 Dec 09:30: one hour on Friday, one on Tuesday.
        Assert.Equal(TimeSpan.FromHours(2), Calendar.WorkingTimeBetween(Bangkok(2026, 12, 4, 15, 30), Bangkok(2026, 12, 8, 9, 30)));
    }

    [Fact]
    public void The_calendar_covers_BE_2568_and_2569()
    {
        Assert.Contains(Calendar.Holidays, d => d.Year == 2025);
        Assert.Contains(Calendar.Holidays, d => d.Year == 2026);
        Assert.True(Calendar.IsHoliday(new DateOnly(2026, 1, 2)), "the cabinet's special holiday of 2 Jan 2026");
    }
}
