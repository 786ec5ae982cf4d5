namespace Kasian.Core.Thai;

/// <summary>
/// Buddhist Era dates as Thai official documents write them. BE = CE + 543 (DOMAIN.md);
/// Thailand keeps UTC+7 all year, so local time is a fixed offset, not a time-zone lookup.
/// </summary>
public static class ThaiDate
{
    public const int BuddhistEraOffset = 543;
    public static readonly TimeSpan BangkokOffset = TimeSpan.FromHours(7);

    private static readonly string[] Months =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    private static readonly string[] MonthAbbreviations =
    [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ];

    public static string MonthName(int month) => Months[month - 1];

    public static string MonthAbbreviation(int month) => MonthAbbreviations[month - 1];

    public static int BuddhistYear(int gregorianYear) => gregorianYear + BuddhistEraOffset;

    /// <summary>The fiscal year runs 1 October – 30 September and is named by the BE year in which it ends.</summary>
    public static int FiscalYear(DateOnly date) => BuddhistYear(date.Month >= 10 ? date.Year + 1 : date.Year);

    public static DateTimeOffset ToBangkok(DateTimeOffset instant) => instant.ToOffset(BangkokOffset);

    public static DateOnly BangkokDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToBangkok(instant).DateTime);

    /// <summary>"๑๑ กุมภาพันธ์ ๒๕๖๘" — the วันที่ line of a memo.</summary>
    public static string LongForm(DateOnly date) =>
        ThaiDigits.ToThai($"{date.Day} {MonthName(date.Month)} {BuddhistYear(date.Year)}");

    /// <summary>"๑๑ ก.พ. ๒๕๖๘" — the short form used under endorsements and in lists.</summary>
    public static string ShortForm(DateOnly date) =>
        ThaiDigits.ToThai($"{date.Day} {MonthAbbreviation(date.Month)} {BuddhistYear(date.Year)}");

    /// <summary>"๑๑ ก.พ. ๒๕๖๘ ๑๔:๐๕ น." in Bangkok time.</summary>
    public static string ShortWithTime(DateTimeOffset instant)
    {
        var local = ToBangkok(instant);
        return $"{ShortForm(DateOnly.FromDateTime(local.DateTime))} {ThaiDigits.ToThai(local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))} น.";
    }

    /// <summary>Latin-digit Buddhist Era form for interfaces in English: "11 Feb 2568 14:05".</summary>
    public static string LatinShortWithTime(DateTimeOffset instant)
    {
        var local = ToBangkok(instant);
        var month = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(local.Month);
        return $"{local.Day} {month} {BuddhistYear(local.Year)} {local:HH:mm}";
    }
}
