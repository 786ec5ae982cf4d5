namespace Kasian.Core.Calendar;

/// <summary>
/// What the calendar files in <c>workflows/calendars/</c> say: office hours and named holidays. The files only
/// seed the years they cover; an installation administrator publishes later years in Kasian itself.
/// </summary>
public sealed record HolidayFile(TimeOnly Opens, TimeOnly Closes, IReadOnlyList<Holiday> Holidays)
{
    public static HolidayFile Empty { get; } = new(WorkingCalendar.DefaultOpens, WorkingCalendar.DefaultCloses, []);

    /// <summary>The years with at least one holiday in the file: a year the file says nothing of is not covered.</summary>
    public IReadOnlySet<int> Years => Holidays.Select(h => h.Date.Year).ToHashSet();

    public IReadOnlyList<Holiday> InYear(int year) => [.. Holidays.Where(h => h.Date.Year == year).OrderBy(h => h.Date)];

    public WorkingCalendar ToCalendar() => new(Holidays.Select(h => h.Date), Opens, Closes);

    /// <summary>Several files (a national one plus, say, a provincial one) as one: every holiday, on the office hours of the first.</summary>
    public static HolidayFile Merge(IReadOnlyList<HolidayFile> files) =>
        files.Count == 0 ? Empty : new(files[0].Opens, files[0].Closes, [.. files.SelectMany(f => f.Holidays).DistinctBy(h => h.Date)]);
}
