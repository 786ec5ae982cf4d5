using Kasian.Core.Routes;

namespace Kasian.Core.Tests.Routes;

public class IsoDurationTests
{
    [Theory]
    [InlineData("P1D", 1, 0, 0)]
    [InlineData("PT4H", 0, 4, 0)]
    [InlineData("P1DT2H30M", 1, 2, 30)]
    [InlineData("PT90M", 0, 1, 30)]
    public void Parses_days_and_time(string text, int days, int hours, int minutes)
    {
        Assert.True(IsoDuration.TryParse(text, out var duration));

        Assert.Equal(new IsoDuration(days, new TimeSpan(hours, minutes, 0)), duration);
    }

    [Theory]
    [InlineData("P2W", 2, 0, 14, 10)]
    [InlineData("P1W2D", 1, 2, 9, 7)]
    public void Keeps_weeks_apart_until_the_clock_says_how_long_a_week_is(string text, int weeks, int days, int calendarDays, int workingDays)
    {
        Assert.True(IsoDuration.TryParse(text, out var duration));

        Assert.Equal((weeks, days), (duration.Weeks, duration.Days));
        Assert.Equal(TimeSpan.FromDays(calendarDays), duration.ToTimeSpan());
        Assert.Equal(workingDays, duration.InDays(IsoDuration.WorkingDaysPerWeek).Days);
        Assert.Equal(text, duration.ToString());
    }

    [Fact]
    public void Parses_seconds()
    {
        Assert.True(IsoDuration.TryParse("PT45S", out var duration));

        Assert.Equal(TimeSpan.FromSeconds(45), duration.Time);
    }

    [Theory]
    [InlineData("P1Y")]
    [InlineData("P1M")]
    [InlineData("P1Y2M")]
    [InlineData("PT")]
    [InlineData("P")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("1D")]
    [InlineData("P1DT")]
    [InlineData("p1d")]
    [InlineData("P1.5D")]
    [InlineData("-P1D")]
    [InlineData(" P1D")]
    [InlineData("P1H")]
    [InlineData("PT1D")]
    [InlineData("P๑D")]
    public void Refuses_what_is_not_weeks_days_and_time(string? text)
    {
        Assert.False(IsoDuration.TryParse(text, out var duration));
        Assert.Equal(IsoDuration.Zero, duration);
    }

    [Fact]
    public void Days_are_kept_apart_from_hours()
    {
        Assert.True(IsoDuration.TryParse("PT24H", out var hours));

        Assert.NotEqual(new IsoDuration(1, TimeSpan.Zero), hours);
        Assert.Equal(TimeSpan.FromDays(1), hours.ToTimeSpan());
    }

    [Theory]
    [InlineData("P1D")]
    [InlineData("PT4H")]
    [InlineData("P1DT2H30M")]
    [InlineData("PT30M")]
    [InlineData("PT1H0M5S")]
    public void Formats_back_to_a_duration_that_parses_to_the_same_value(string text)
    {
        Assert.True(IsoDuration.TryParse(text, out var duration));

        Assert.True(IsoDuration.TryParse(duration.ToString(), out var again));
        Assert.Equal(duration, again);
    }

    [Fact]
    public void Zero_formats_as_zero_seconds()
    {
        Assert.Equal("PT0S", IsoDuration.Zero.ToString());
        Assert.True(IsoDuration.Zero.IsZero);
    }

    [Fact]
    public void Scale_halves_whole_days()
    {
        Assert.Equal(new IsoDuration(1, TimeSpan.Zero), new IsoDuration(2, TimeSpan.Zero).Scale(0.5));
    }

    [Fact]
    public void Scale_scales_time()
    {
        Assert.Equal(new IsoDuration(0, TimeSpan.FromHours(2)), new IsoDuration(0, TimeSpan.FromHours(4)).Scale(0.5));
    }

    [Fact]
    public void Scale_turns_a_fraction_of_a_day_into_wall_clock_hours()
    {
        Assert.Equal(new IsoDuration(0, TimeSpan.FromHours(12)), new IsoDuration(1, TimeSpan.Zero).Scale(0.5));
    }

    [Fact]
    public void Scale_with_a_day_length_turns_a_fraction_of_a_day_into_office_hours()
    {
        Assert.Equal(new IsoDuration(0, TimeSpan.FromHours(4)), new IsoDuration(1, TimeSpan.Zero).Scale(0.5, TimeSpan.FromHours(8)));
        Assert.Equal(new IsoDuration(1, TimeSpan.FromHours(5)), new IsoDuration(3, TimeSpan.FromHours(2)).Scale(0.5, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void Scale_by_one_changes_nothing()
    {
        var duration = new IsoDuration(2, TimeSpan.FromMinutes(90));

        Assert.Equal(duration, duration.Scale(1));
    }

    [Fact]
    public void Halving_a_week_gives_half_an_office_week_on_the_working_clock_and_half_a_calendar_week_on_the_wall_clock()
    {
        Assert.True(IsoDuration.TryParse("P1W", out var week));

        Assert.Equal(new IsoDuration(2, TimeSpan.FromHours(4)), week.Scale(0.5, TimeSpan.FromHours(8)));
        Assert.Equal(new IsoDuration(3, TimeSpan.FromHours(12)), week.Scale(0.5));
    }
}
