using Kasian.Core.Calendar;
using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin;

/// <summary>One list of a year: where it comes from (<c>file</c>, <c>database</c> or <c>none</c>) and, when published in Kasian, by whom.</summary>
public sealed record HolidayList(IReadOnlyList<Holiday> Holidays, string Source, DateTimeOffset? UpdatedAt, string? UpdatedBy)
{
    public const string FromFile = "file";
    public const string FromDatabase = "database";
    public const string Nowhere = "none";

    public static HolidayList None { get; } = new([], Nowhere, null, null);

    public static HolidayList Of(HolidayYear row) => new(HolidayJson.Read(row.Holidays), FromDatabase, row.UpdatedAt, row.UpdatedBy);
}

/// <summary>What the caller may replace, so that a client (and the page) offers only that.</summary>
public sealed record HolidayEditing(bool National, bool Local);

/// <summary>A year's holiday lists as one office sees them: the national list and its own local list, never another office's.</summary>
public sealed record HolidayCalendarView(int Year, int YearBe, HolidayList National, HolidayList Local, HolidayEditing MayEdit);

/// <summary>The rules both the reading and the writing of a year share.</summary>
public static class HolidayCalendar
{
    public const int FirstYear = 2000;
    public const int LastYear = 2200;

    /// <summary>Who may replace which list, said once for the request's role requirement and for <see cref="HolidayEditing"/>.</summary>
    public const Roles NationalEditors = Roles.InstallationAdministrator;
    public const Roles LocalEditors = Roles.Administrator | Roles.InstallationAdministrator;

    /// <summary>
    /// Years are Gregorian everywhere in the API (as in the calendar files and ISO dates); a Buddhist-Era year is
    /// the likeliest mistake, so the answer names the year that was meant.
    /// </summary>
    public static Problem? CheckYear(int year)
    {
        if (year is >= FirstYear and <= LastYear) return null;
        var gregorian = year - ThaiDate.BuddhistEraOffset;
        if (gregorian is >= FirstYear and <= LastYear)
            return Problem.Invalid("year", $"The year in the path is Gregorian: use the Gregorian year; BE {year} is {gregorian}.");
        return Problem.Invalid("year", $"The year must be a Gregorian year from {FirstYear} to {LastYear}; {year} is not.");
    }

    public static async Task<HolidayCalendarView> LoadAsync(KasianDbContext db, WorkflowLibrary workflows, SignedIn actor, int year, CancellationToken ct)
    {
        var organisation = actor.OrganisationId;
        var rows = await db.HolidayYears.AsNoTracking()
            .Where(h => h.Year == year && (h.OrganisationId == HolidayYear.National || h.OrganisationId == organisation))
            .ToListAsync(ct);
        var national = rows.FirstOrDefault(r => r.OrganisationId == HolidayYear.National);
        var local = rows.FirstOrDefault(r => r.OrganisationId == organisation);
        var fromFile = workflows.HolidayFile.InYear(year);
        return new HolidayCalendarView(year, ThaiDate.BuddhistYear(year),
            national is not null ? HolidayList.Of(national)
                : fromFile.Count > 0 ? new HolidayList(fromFile, HolidayList.FromFile, null, null)
                : HolidayList.None,
            local is not null ? HolidayList.Of(local) : HolidayList.None,
            new HolidayEditing(actor.HasAny(NationalEditors), actor.HasAny(LocalEditors)));
    }
}
