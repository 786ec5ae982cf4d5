using Kasian.Core.Calendar;

namespace Kasian.Core.Tests.Calendar;

public class HolidayYearsTests
{
    private static readonly HolidayFile File = new(new TimeOnly(8, 30), new TimeOnly(16, 30),
    [
        new(new DateOnly(2026, 1, 1), "วันขึ้นปีใหม่"),
        new(new DateOnly(2026, 12, 31), "วันสิ้นปี"),
        new(new DateOnly(2027, 1, 1), "วันขึ้นปีใหม่"),
    ]);

    private static readonly Dictionary<int, IReadOnlyList<Holiday>> NonePublishedYet = [];

    [Fact]
    public void The_file_serves_every_year_nobody_has_published()
    {
        var calendar = HolidayYears.ForOffice(File, NonePublishedYet, []);

        Assert.True(calendar.IsHoliday(new DateOnly(2026, 12, 31)));
        Assert.True(calendar.IsHoliday(new DateOnly(2027, 1, 1)));
        Assert.Equal(new TimeOnly(8, 30), calendar.Opens);
    }

    [Fact]
    public void A_published_year_replaces_the_files_year_whole_and_leaves_other_years_alone()
    {
        // The cabinet moved the year-end holiday: the file's 31 December must not survive beside the new date.
        var published = new Dictionary<int, IReadOnlyList<Holiday>> { [2026] = [new(new DateOnly(2026, 12, 30), "วันหยุดราชการเป็นกรณีพิเศษ")] };

        var calendar = HolidayYears.ForOffice(File, published, []);

        Assert.True(calendar.IsHoliday(new DateOnly(2026, 12, 30)));
        Assert.False(calendar.IsHoliday(new DateOnly(2026, 12, 31)));
        Assert.False(calendar.IsHoliday(new DateOnly(2026, 1, 1)));
        Assert.True(calendar.IsHoliday(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void An_offices_local_holidays_are_added_to_the_national_ones()
    {
        var calendar = HolidayYears.ForOffice(File, NonePublishedYet, [new(new DateOnly(2026, 11, 25), "วันก่อตั้ง อบต.")]);

        Assert.True(calendar.IsHoliday(new DateOnly(2026, 11, 25)));
        Assert.True(calendar.IsHoliday(new DateOnly(2026, 1, 1)));
    }

    [Theory]
    [InlineData(2026, new[] { 2025, 2026 }, new[] { 2027 })]
    [InlineData(2026, new[] { 2026, 2027 }, new int[0])]
    [InlineData(2027, new[] { 2026 }, new[] { 2027, 2028 })]
    public void This_year_and_the_next_are_missing_unless_a_list_covers_them(int year, int[] covered, int[] missing)
    {
        Assert.Equal(missing, HolidayYears.Missing(new DateOnly(year, 11, 24), covered));
    }

    [Fact]
    public void Years_are_those_the_file_names_a_holiday_in()
    {
        Assert.Equal([2026, 2027], File.Years.Order());
        Assert.Equal(["วันขึ้นปีใหม่", "วันสิ้นปี"], File.InYear(2026).Select(h => h.Name));
    }

    [Fact]
    public void The_calendar_file_keeps_each_holidays_name()
    {
        var (file, errors) = CalendarFile.Read("calendars/test.json", """
            { "id": "t", "holidays": [ { "date": "2027-01-01", "name": " วันขึ้นปีใหม่ " } ] }
            """);

        Assert.Empty(errors);
        Assert.Equal(new Holiday(new DateOnly(2027, 1, 1), "วันขึ้นปีใหม่"), Assert.Single(file!.Holidays));
    }
}
