namespace Kasian.Core.Calendar;

/// <summary>
/// Which holidays an office keeps: the national list of each year plus the office's own local holidays
/// (a provincial festival, the office's founding day). Holidays change every year by cabinet resolution, so a
/// year an installation administrator has published replaces the file's year whole: merging the two would
/// keep a holiday the cabinet has since moved.
/// </summary>
public static class HolidayYears
{
    public static WorkingCalendar ForOffice(HolidayFile file, IReadOnlyDictionary<int, IReadOnlyList<Holiday>> national, IEnumerable<Holiday> local)
    {
        var fromFile = file.Holidays.Where(h => !national.ContainsKey(h.Date.Year));
        var days = fromFile.Concat(national.Values.SelectMany(y => y)).Concat(local).Select(h => h.Date);
        return new WorkingCalendar(days, file.Opens, file.Closes);
    }

    /// <summary>
    /// This year and the next, where no national list covers them: deadlines there would count weekends only.
    /// The next year is included so that the list is published before it is needed, not on 2 January.
    /// </summary>
    public static IReadOnlyList<int> Missing(DateOnly today, IEnumerable<int> covered)
    {
        var years = covered.ToHashSet();
        return [.. new[] { today.Year, today.Year + 1 }.Where(y => !years.Contains(y))];
    }
}
