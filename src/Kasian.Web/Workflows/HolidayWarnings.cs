using Kasian.Core.Calendar;
using Kasian.Core.Thai;
using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Workflows;

/// <summary>A Gregorian year with its Buddhist-Era name.</summary>
public sealed record CalendarYear(int Year, int YearBe)
{
    public static CalendarYear Of(int year) => new(year, ThaiDate.BuddhistYear(year));
}

/// <summary>This year or the next has no national holiday list: its working-day deadlines would count weekends only.</summary>
public sealed record HolidayWarning(IReadOnlyList<CalendarYear> MissingYears, string Message);

public static class HolidayWarnings
{
    /// <summary>The warning as of <paramref name="now"/> (Bangkok's year), or null when both years have a national list.</summary>
    public static async Task<HolidayWarning?> CheckAsync(KasianDbContext db, WorkflowLibrary workflows, DateTimeOffset now, CancellationToken ct)
    {
        var today = ThaiDate.BangkokDate(now);
        var published = await db.HolidayYears.AsNoTracking()
            .Where(h => h.OrganisationId == HolidayYear.National && (h.Year == today.Year || h.Year == today.Year + 1))
            .Select(h => h.Year)
            .ToListAsync(ct);
        var missing = HolidayYears.Missing(today, workflows.HolidayFile.Years.Concat(published));
        if (missing.Count == 0) return null;
        var years = missing.Select(CalendarYear.Of).ToList();
        var named = string.Join(" and ", years.Select(y => $"{y.Year} (BE {y.YearBe})"));
        return new HolidayWarning(years,
            $"No national holiday list for {named}: working-day deadlines there count weekends only. " +
            $"An installation administrator should publish it at /admin/calendars/{years[0].Year} (PUT /api/admin/calendars/{years[0].Year}).");
    }
}
