using Kasian.Core.Thai;

namespace Kasian.Core.Tests.Thai;

public class ThaiDateTests
{
    private static readonly DateOnly SeedDate = new(2025, 2, 11);

    [Fact]
    public void Buddhist_year_is_Gregorian_plus_543()
    {
        Assert.Equal(2568, ThaiDate.BuddhistYear(2025));
        Assert.Equal(2569, ThaiDate.BuddhistYear(2026));
    }

    [Fact]
    public void Long_form_is_the_memo_date_line()
    {
        Assert.Equal("๑๑ กุมภาพันธ์ ๒๕๖๘", ThaiDate.LongForm(SeedDate));
    }

    [Fact]
    public void Short_form_uses_the_month_abbreviation()
    {
        Assert.Equal("๑๑ ก.พ. ๒๕๖๘", ThaiDate.ShortForm(SeedDate));
        Assert.Equal("๑ พ.ย. ๒๕๖๗", ThaiDate.ShortForm(new DateOnly(2024, 11, 1)));
    }

    [Fact]
    public void Month_names_are_spelled_as_official_documents_spell_them()
    {
        Assert.Equal(
            ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
            Enumerable.Range(1, 12).Select(ThaiDate.MonthName));
        Assert.Equal("พฤศจิกายน", ThaiDate.MonthName(11));
        Assert.Equal("กุมภาพันธ์", ThaiDate.MonthName(2));
        Assert.Equal("๓๐ พฤศจิกายน ๒๕๖๗", ThaiDate.LongForm(new DateOnly(2024, 11, 30)));
    }

    [Fact]
    public void Month_abbreviations_follow_the_official_list()
    {
        Assert.Equal(
            ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
            Enumerable.Range(1, 12).Select(ThaiDate.MonthAbbreviation));
    }

    [Theory]
    [InlineData(2023, 10, 1, 2567)]
    [InlineData(2024, 9, 30, 2567)]
    [InlineData(2024, 10, 1, 2568)]
    [InlineData(2025, 2, 11, 2568)]
    [InlineData(2024, 1, 1, 2567)]
    public void Fiscal_year_runs_October_to_September_named_by_the_year_it_ends(int year, int month, int day, int fiscalYear)
    {
        Assert.Equal(fiscalYear, ThaiDate.FiscalYear(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Short_with_time_is_in_Bangkok_time_across_midnight()
    {
        // 17:05 UTC on 10 Feb is already 00:05 on 11 Feb in Bangkok.
        var instant = new DateTimeOffset(2025, 2, 10, 17, 5, 0, TimeSpan.Zero);

        Assert.Equal("๑๑ ก.พ. ๒๕๖๘ ๐๐:๐๕ น.", ThaiDate.ShortWithTime(instant));
    }

    [Fact]
    public void Short_with_time_ignores_the_offset_the_instant_was_given_in()
    {
        var inLondon = new DateTimeOffset(2025, 2, 11, 7, 5, 0, TimeSpan.Zero);
        var inBangkok = new DateTimeOffset(2025, 2, 11, 14, 5, 0, TimeSpan.FromHours(7));

        Assert.Equal("๑๑ ก.พ. ๒๕๖๘ ๑๔:๐๕ น.", ThaiDate.ShortWithTime(inLondon));
        Assert.Equal(ThaiDate.ShortWithTime(inLondon), ThaiDate.ShortWithTime(inBangkok));
    }

    [Fact]
    public void Bangkok_date_turns_at_Bangkok_midnight()
    {
        Assert.Equal(new DateOnly(2025, 2, 10), ThaiDate.BangkokDate(new DateTimeOffset(2025, 2, 10, 16, 59, 59, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2025, 2, 11), ThaiDate.BangkokDate(new DateTimeOffset(2025, 2, 10, 17, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Latin_short_with_time_keeps_the_Buddhist_year()
    {
        Assert.Equal("11 Feb 2568 14:05", ThaiDate.LatinShortWithTime(new DateTimeOffset(2025, 2, 11, 7, 5, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Buddhist_year_agrees_with_the_dotnet_Thai_calendar()
    {
        var calendar = new System.Globalization.ThaiBuddhistCalendar();

        Assert.Equal(calendar.GetYear(new DateTime(2025, 2, 11)), ThaiDate.BuddhistYear(2025));
    }
}
