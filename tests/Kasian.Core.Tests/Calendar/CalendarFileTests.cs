using Kasian.Core.Calendar;
using Kasian.Core.Routes;

namespace Kasian.Core.Tests.Calendar;

public class CalendarFileTests
{
    private const string File = "calendars/test.json";

    private static string Calendar(string holidays = """{ "date": "2025-02-12", "name": "วันมาฆบูชา" }""", string officeHours = """{ "opens": "08:30", "closes": "16:30" }""", string extra = "") => $$"""
        {
          "$schema": "./calendar.schema.json",
          "id": "test",
          "name": { "th": "ทดสอบ" },
          {{extra}}
          "officeHours": {{officeHours}},
          "holidays": [ {{holidays}} ]
        }
        """;

    private static RouteError ErrorAt(string json, string path)
    {
        var (calendar, errors) = CalendarFile.Parse(File, json);

        Assert.Null(calendar);
        Assert.All(errors, e => Assert.Equal(File, e.File));
        return Assert.Single(errors, e => e.Path == path);
    }

    [Fact]
    public void Valid_calendar_parses_with_its_office_hours_and_holidays()
    {
        var (calendar, errors) = CalendarFile.Parse(File, Calendar(officeHours: """{ "opens": "09:00", "closes": "17:00" }""", extra: "\"note\": \"ตรวจมติ ครม. ทุกปี\","));

        Assert.Empty(errors);
        Assert.Equal(new TimeOnly(9, 0), calendar!.Opens);
        Assert.Equal(new TimeOnly(17, 0), calendar.Closes);
        Assert.True(calendar.IsHoliday(new DateOnly(2025, 2, 12)));
        Assert.False(calendar.IsHoliday(new DateOnly(2025, 2, 13)));
    }

    [Fact]
    public void Office_hours_default_when_left_out()
    {
        var (calendar, errors) = CalendarFile.Parse(File, """{ "id": "test", "holidays": [] }""");

        Assert.Empty(errors);
        Assert.Equal(WorkingCalendar.DefaultOpens, calendar!.Opens);
        Assert.Equal(WorkingCalendar.DefaultCloses, calendar.Closes);
    }

    [Fact]
    public void Duplicate_date_is_reported_on_the_second_entry()
    {
        var error = ErrorAt(Calendar("""{ "date": "2025-02-12", "name": "วันมาฆบูชา" }, { "date": "2025-04-13", "name": "วันสงกรานต์" }, { "date": "2025-02-12", "name": "ซ้ำ" }"""),
            "$.holidays[2].date");

        Assert.Contains("listed twice", error.Reason, StringComparison.Ordinal);
        Assert.Contains("$.holidays[0]", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("12/02/2025")]
    [InlineData("2025-2-12")]
    [InlineData("๒๕๖๘-๐๒-๑๒")]
    public void Bad_date_is_reported(string date)
    {
        var error = ErrorAt(Calendar($$"""{ "date": "{{date}}", "name": "วันหยุด" }"""), "$.holidays[0].date");

        Assert.Contains($"'{date}' is not a date", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_date_is_reported()
    {
        ErrorAt(Calendar("""{ "name": "วันหยุด" }"""), "$.holidays[0].date");
    }

    [Fact]
    public void Missing_holiday_name_is_reported()
    {
        ErrorAt(Calendar("""{ "date": "2025-02-12" }"""), "$.holidays[0].name");
    }

    [Fact]
    public void Closing_before_opening_is_reported()
    {
        var error = ErrorAt(Calendar(officeHours: """{ "opens": "16:30", "closes": "08:30" }"""), "$.officeHours.closes");

        Assert.Contains("must be after opening time 16:30", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Closing_at_opening_time_is_reported()
    {
        ErrorAt(Calendar(officeHours: """{ "opens": "08:30", "closes": "08:30" }"""), "$.officeHours.closes");
    }

    [Theory]
    [InlineData("8:30")]
    [InlineData("08.30")]
    [InlineData("25:00")]
    public void Bad_office_time_is_reported(string opens)
    {
        ErrorAt(Calendar(officeHours: $$"""{ "opens": "{{opens}}", "closes": "16:30" }"""), "$.officeHours.opens");
    }

    [Fact]
    public void Unknown_property_is_reported()
    {
        ErrorAt(Calendar("""{ "date": "2025-02-12", "name": "วันมาฆบูชา", "dte": "2025-02-13" }"""), "$.holidays[0].dte");
    }

    [Fact]
    public void Missing_holidays_are_reported()
    {
        ErrorAt("""{ "id": "test" }""", "$.holidays");
    }

    [Fact]
    public void Missing_id_is_reported()
    {
        ErrorAt("""{ "holidays": [] }""", "$.id");
    }

    [Theory]
    [InlineData("{ \"id\": ")]
    [InlineData("[]")]
    [InlineData("{ \"id\": \"a\", \"id\": \"b\", \"holidays\": [] }")]
    public void Malformed_file_is_reported_not_thrown(string json)
    {
        var (calendar, errors) = CalendarFile.Parse(File, json);

        Assert.Null(calendar);
        Assert.Equal(File, Assert.Single(errors).File);
    }

    [Fact]
    public void Shipped_Thai_holiday_calendar_parses_and_covers_2568_and_2569()
    {
        var (calendar, errors) = CalendarFile.Parse("th-public-holidays.json", RepositoryFiles.Read("workflows", "calendars", "th-public-holidays.json"));

        Assert.Empty(errors);
        Assert.Equal(new TimeOnly(8, 30), calendar!.Opens);
        Assert.Equal(new TimeOnly(16, 30), calendar.Closes);
        DateOnly[] expected =
        [
            new(2025, 1, 1), new(2025, 4, 16), new(2025, 6, 2), new(2025, 8, 11), new(2025, 12, 31),
            new(2026, 1, 1), new(2026, 1, 2), new(2026, 4, 13), new(2026, 12, 7), new(2026, 12, 31),
        ];
        Assert.All(expected, day => Assert.True(calendar.IsHoliday(day), $"{day:yyyy-MM-dd} should be a holiday"));
    }

    [Fact]
    public void Shipped_calendar_moves_a_deadline_over_the_special_holiday()
    {
        var (calendar, _) = CalendarFile.Parse("th-public-holidays.json", RepositoryFiles.Read("workflows", "calendars", "th-public-holidays.json"));
        var friday = new DateTimeOffset(2025, 8, 8, 10, 0, 0, TimeSpan.FromHours(7));

        // Mon 11 Aug 2025 (special) and Tue 12 Aug (Mother's Day) are both holidays.
        Assert.Equal(new DateTimeOffset(2025, 8, 13, 10, 0, 0, TimeSpan.FromHours(7)), calendar!.Deadline(friday, new IsoDuration(1, TimeSpan.Zero), StepClock.Working));
    }

    [Fact]
    public void Shipped_calendar_says_the_administrator_must_check_it_each_year()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(RepositoryFiles.Read("workflows", "calendars", "th-public-holidays.json"))!;

        Assert.Contains("cabinet resolution", json["note"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
