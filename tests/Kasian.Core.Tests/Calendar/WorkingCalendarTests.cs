using Kasian.Core.Calendar;
using Kasian.Core.Routes;

namespace Kasian.Core.Tests.Calendar;

public class WorkingCalendarTests
{
    private static readonly WorkingCalendar NoHolidays = WorkingCalendar.WithoutHolidays;

    /// <summary>Makha Bucha 2568 fell on Wednesday 12 Feb 2025.</summary>
    private static readonly WorkingCalendar WithMakhaBucha = new([new DateOnly(2025, 2, 12)]);

    private static DateTimeOffset Bangkok(int month, int day, int hour, int minute = 0) =>
        new(2025, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    private static IsoDuration Duration(string text) => IsoDuration.TryParse(text, out var d) ? d : throw new ArgumentException(text);

    private static DateTimeOffset Deadline(WorkingCalendar calendar, DateTimeOffset start, string due) =>
        calendar.Deadline(start, Duration(due), StepClock.Working);

    [Fact]
    public void One_working_day_is_the_next_working_day_at_the_same_time()
    {
        Assert.Equal(Bangkok(2, 12, 10), Deadline(NoHolidays, Bangkok(2, 11, 10), "P1D"));
    }

    [Fact]
    public void One_working_day_from_Friday_skips_the_weekend()
    {
        Assert.Equal(Bangkok(2, 17, 10), Deadline(NoHolidays, Bangkok(2, 14, 10), "P1D"));
    }

    [Fact]
    public void Working_days_skip_holidays()
    {
        Assert.Equal(Bangkok(2, 13, 10), Deadline(WithMakhaBucha, Bangkok(2, 11, 10), "P1D"));
        Assert.Equal(Bangkok(2, 17, 10), Deadline(WithMakhaBucha, Bangkok(2, 11, 10), "P3D"));
    }

    [Fact]
    public void A_week_on_the_working_clock_is_five_working_days()
    {
        // Two office weeks from a Tuesday: the Tuesday two weeks on, the same as P10D.
        Assert.Equal(Bangkok(2, 25, 10), Deadline(NoHolidays, Bangkok(2, 11, 10), "P2W"));
        Assert.Equal(Deadline(NoHolidays, Bangkok(2, 11, 10), "P10D"), Deadline(NoHolidays, Bangkok(2, 11, 10), "P2W"));
    }

    [Fact]
    public void Hours_within_office_hours_end_the_same_day()
    {
        Assert.Equal(Bangkok(2, 11, 14), Deadline(NoHolidays, Bangkok(2, 11, 10), "PT4H"));
        Assert.Equal(Bangkok(2, 11, 16, 30), Deadline(NoHolidays, Bangkok(2, 11, 8, 30), "PT8H"));
    }

    [Fact]
    public void Hours_spanning_closing_time_continue_at_next_opening()
    {
        Assert.Equal(Bangkok(2, 12, 10, 30), Deadline(NoHolidays, Bangkok(2, 11, 14, 30), "PT4H"));
    }

    [Fact]
    public void Hours_spanning_closing_time_on_Friday_continue_after_the_weekend_and_holidays()
    {
        var calendar = new WorkingCalendar([new DateOnly(2025, 2, 17)]);

        Assert.Equal(Bangkok(2, 18, 10, 30), Deadline(calendar, Bangkok(2, 14, 14, 30), "PT4H"));
    }

    [Fact]
    public void Start_before_opening_counts_from_opening()
    {
        Assert.Equal(Bangkok(2, 11, 9, 30), Deadline(NoHolidays, Bangkok(2, 11, 7), "PT1H"));
    }

    [Fact]
    public void Start_after_closing_counts_from_the_next_opening()
    {
        Assert.Equal(Bangkok(2, 12, 9, 30), Deadline(NoHolidays, Bangkok(2, 11, 18), "PT1H"));
        Assert.Equal(Bangkok(2, 12, 9, 30), Deadline(NoHolidays, Bangkok(2, 11, 16, 30), "PT1H"));
    }

    [Fact]
    public void Start_on_a_weekend_counts_from_Monday_opening()
    {
        Assert.Equal(Bangkok(2, 17, 12, 30), Deadline(NoHolidays, Bangkok(2, 15, 11), "PT4H"));
        Assert.Equal(Bangkok(2, 18, 8, 30), Deadline(NoHolidays, Bangkok(2, 16, 11), "P1D"));
    }

    [Fact]
    public void Start_on_a_holiday_counts_from_the_next_opening()
    {
        Assert.Equal(Bangkok(2, 13, 9, 30), Deadline(WithMakhaBucha, Bangkok(2, 12, 10), "PT1H"));
    }

    [Fact]
    public void Days_and_hours_combine()
    {
        Assert.Equal(Bangkok(2, 12, 16, 30), Deadline(NoHolidays, Bangkok(2, 11, 14, 30), "P1DT2H"));
        Assert.Equal(Bangkok(2, 13, 9, 30), Deadline(NoHolidays, Bangkok(2, 11, 14, 30), "P1DT3H"));
    }

    [Fact]
    public void Deadline_is_the_same_instant_whatever_offset_the_start_was_given_in()
    {
        var utc = new DateTimeOffset(2025, 2, 11, 3, 0, 0, TimeSpan.Zero);

        Assert.Equal(Bangkok(2, 12, 10), Deadline(NoHolidays, utc, "P1D"));
    }

    [Fact]
    public void Calendar_clock_is_the_wall_clock()
    {
        var friday = Bangkok(2, 14, 22);

        Assert.Equal(Bangkok(2, 15, 22), NoHolidays.Deadline(friday, Duration("P1D"), StepClock.Calendar));
        Assert.Equal(Bangkok(2, 15, 2), NoHolidays.Deadline(friday, Duration("PT4H"), StepClock.Calendar));
        Assert.Equal(Bangkok(2, 13, 10), WithMakhaBucha.Deadline(Bangkok(2, 11, 10), Duration("P2D"), StepClock.Calendar));
    }

    [Fact]
    public void Working_time_within_one_day()
    {
        Assert.Equal(TimeSpan.FromHours(2), NoHolidays.WorkingTimeBetween(Bangkok(2, 11, 10), Bangkok(2, 11, 12)));
    }

    [Fact]
    public void Working_time_over_a_weekend_counts_only_office_hours()
    {
        Assert.Equal(TimeSpan.FromHours(2), NoHolidays.WorkingTimeBetween(Bangkok(2, 14, 15, 30), Bangkok(2, 17, 9, 30)));
    }

    [Fact]
    public void Working_time_skips_holidays()
    {
        Assert.Equal(TimeSpan.FromHours(8), WithMakhaBucha.WorkingTimeBetween(Bangkok(2, 11, 10), Bangkok(2, 13, 10)));
        Assert.Equal(TimeSpan.FromHours(16), NoHolidays.WorkingTimeBetween(Bangkok(2, 11, 10), Bangkok(2, 13, 10)));
    }

    [Fact]
    public void Working_time_outside_office_hours_is_zero()
    {
        Assert.Equal(TimeSpan.Zero, NoHolidays.WorkingTimeBetween(Bangkok(2, 15, 8), Bangkok(2, 16, 20)));
        Assert.Equal(TimeSpan.Zero, NoHolidays.WorkingTimeBetween(Bangkok(2, 11, 17), Bangkok(2, 11, 23)));
    }

    [Fact]
    public void Working_time_backwards_is_zero()
    {
        Assert.Equal(TimeSpan.Zero, NoHolidays.WorkingTimeBetween(Bangkok(2, 12, 10), Bangkok(2, 11, 10)));
    }

    [Theory]
    [InlineData("PT1H")]
    [InlineData("PT7H59M")]
    [InlineData("PT12H")]
    [InlineData("PT40H")]
    public void Working_time_to_a_deadline_is_the_hours_it_was_given(string due)
    {
        var start = Bangkok(2, 11, 14, 30);

        Assert.Equal(Duration(due).Time, WithMakhaBucha.WorkingTimeBetween(start, Deadline(WithMakhaBucha, start, due)));
    }

    [Fact]
    public void Office_hours_default_to_half_past_eight_until_half_past_four()
    {
        Assert.Equal(new TimeOnly(8, 30), NoHolidays.Opens);
        Assert.Equal(new TimeOnly(16, 30), NoHolidays.Closes);
        Assert.Equal(TimeSpan.FromHours(8), NoHolidays.OfficeDay);
    }

    [Fact]
    public void Other_office_hours_are_honoured()
    {
        var calendar = new WorkingCalendar([], new TimeOnly(9, 0), new TimeOnly(12, 0));

        Assert.Equal(Bangkok(2, 12, 10), Deadline(calendar, Bangkok(2, 11, 11), "PT2H"));
    }

    [Fact]
    public void Office_hours_must_close_after_they_open()
    {
        Assert.Throws<ArgumentException>(() => new WorkingCalendar([], new TimeOnly(16, 30), new TimeOnly(8, 30)));
        Assert.Throws<ArgumentException>(() => new WorkingCalendar([], new TimeOnly(8, 30), new TimeOnly(8, 30)));
    }

    [Fact]
    public void Weekends_and_holidays_are_not_working_days()
    {
        Assert.True(WithMakhaBucha.IsWorkingDay(new DateOnly(2025, 2, 11)));
        Assert.False(WithMakhaBucha.IsWorkingDay(new DateOnly(2025, 2, 12)));
        Assert.True(WithMakhaBucha.IsHoliday(new DateOnly(2025, 2, 12)));
        Assert.False(WithMakhaBucha.IsWorkingDay(new DateOnly(2025, 2, 15)));
        Assert.False(WithMakhaBucha.IsHoliday(new DateOnly(2025, 2, 15)));
    }
}
