using System.Globalization;
using Kasian.Core.Calendar;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Memos;
using Kasian.Web.Workflows;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin;

/// <summary>One holiday as sent: text, so that a wrong date is a field error that says which, not an unreadable body.</summary>
public sealed record HolidayEntry(string? Date, string? Name);

/// <summary>The body of <c>PUT /api/admin/calendars/{year}</c>: either list, or both; a list left out stays as it is.</summary>
public sealed record HolidayListsBody(IReadOnlyList<HolidayEntry?>? National, IReadOnlyList<HolidayEntry?>? Local);

/// <summary>
/// Replaces a year's national list (installation administrators: it changes every office's deadlines) and/or the
/// caller's own office's local list (its administrators). Both are checked before either is written.
/// </summary>
public sealed record ReplaceHolidayLists(int Year, IReadOnlyList<HolidayEntry?>? National, IReadOnlyList<HolidayEntry?>? Local)
    : IRequest<Result<HolidayCalendarView>>, IRequiresRole
{
    // Sending the national list needs the installation's role whatever else is sent; an installation administrator
    // may keep their own office's local list too, being able to do everything an office administrator can.
    Roles IRequiresRole.Required => National is not null ? HolidayCalendar.NationalEditors : HolidayCalendar.LocalEditors;
}

public sealed class ReplaceHolidayListsHandler(KasianDbContext db, WorkflowLibrary workflows, OfficeCalendars calendars, RequestActor actor, TimeProvider clock)
    : IRequestHandler<ReplaceHolidayLists, Result<HolidayCalendarView>>
{
    public const int MaxHolidays = 100;
    public const int MaxName = 200;

    public async ValueTask<Result<HolidayCalendarView>> Handle(ReplaceHolidayLists request, CancellationToken ct)
    {
        if (HolidayCalendar.CheckYear(request.Year) is { } badYear) return badYear;
        var checks = new Checks();
        if (request.National is null && request.Local is null)
            checks.Fail("local", "Send the list to replace: national, local or both.");
        var national = request.National is null ? null : Check(checks, "national", request.National, request.Year);
        var local = request.Local is null ? null : Check(checks, "local", request.Local, request.Year);
        if (national is { Count: 0 })
            checks.Fail("national", "A national list needs its holidays: Thailand keeps about twenty a year.");
        if (checks.Problem is { } invalid) return invalid;

        var now = clock.GetUtcNow();
        var organisation = actor.Current.OrganisationId;
        if (national is not null)
        {
            await ReplaceAsync(HolidayYear.National, request.Year, national, now, ct);
            Audit.Record(db, actor, now, "holidays.national.replaced", nameof(HolidayYear), null, new { year = request.Year, holidays = national });
        }
        if (local is not null)
        {
            await ReplaceAsync(organisation, request.Year, local, now, ct);
            Audit.Record(db, actor, now, "holidays.local.replaced", nameof(HolidayYear), organisation, new { year = request.Year, holidays = local });
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || MemoActions.IsUniqueViolation(e))
        {
            return Problem.Conflict("concurrent-change", "Someone else changed this year's holiday list at the same moment; reload it and try again.");
        }
        calendars.Invalidate();
        return await HolidayCalendar.LoadAsync(db, workflows, actor.Current, request.Year, ct);
    }

    /// <summary>An empty local list removes the office's list for the year; the national list is never empty (checked above).</summary>
    private async Task ReplaceAsync(Guid organisation, int year, List<Holiday> holidays, DateTimeOffset now, CancellationToken ct)
    {
        var row = await db.HolidayYears.FindAsync([organisation, year], ct);
        if (holidays.Count == 0)
        {
            if (row is not null) db.HolidayYears.Remove(row);
            return;
        }
        if (row is null)
        {
            row = new HolidayYear { OrganisationId = organisation, Year = year, Holidays = "", UpdatedBy = "" };
            db.HolidayYears.Add(row);
        }
        row.Holidays = HolidayJson.Write(holidays);
        row.UpdatedAt = now;
        row.UpdatedBy = actor.Current.Person.Username;
    }

    private static List<Holiday> Check(Checks checks, string list, IReadOnlyList<HolidayEntry?> entries, int year)
    {
        var holidays = new List<Holiday>();
        if (entries.Count > MaxHolidays)
        {
            checks.Fail(list, $"{list} has {entries.Count} holidays; at most {MaxHolidays} are allowed in a year.");
            return holidays;
        }
        var firstSeen = new Dictionary<DateOnly, int>();
        for (var i = 0; i < entries.Count; i++)
        {
            var field = $"{list}[{i}]";
            if (entries[i] is not { } entry)
            {
                checks.Fail(field, $"{field} must be a holiday {{date, name}}.");
                continue;
            }
            var name = checks.Required($"{field}.name", entry.Name, MaxName, $"{field}.name (the holiday's name)");
            if (Date(checks, $"{field}.date", entry.Date, year) is not { } date) continue;
            if (firstSeen.TryGetValue(date, out var first))
            {
                checks.Fail($"{field}.date", $"{entry.Date} is listed twice (first at {list}[{first}]).");
                continue;
            }
            firstSeen[date] = i;
            if (name is not null) holidays.Add(new Holiday(date, name));
        }
        return holidays;
    }

    private static DateOnly? Date(Checks checks, string field, string? text, int year)
    {
        if (!Checks.HasVisibleText(text))
        {
            checks.Fail(field, $"{field} is required: a date such as {year}-01-01.");
            return null;
        }
        if (!DateOnly.TryParseExact(text!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            checks.Fail(field, $"{field}: '{text}' is not a date such as {year}-01-01 (Gregorian year, yyyy-MM-dd).");
            return null;
        }
        if (date.Year != year)
        {
            checks.Fail(field, $"{field}: {text} is not in {year}; this is the list of {year}.");
            return null;
        }
        return date;
    }
}

public static class ReplaceHolidayListsEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapPut("/calendars/{year:int}", async (int year, HolidayListsBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ReplaceHolidayLists(year, body.National, body.Local), ct)).ToHttp(Results.Ok))
            .Produces<HolidayCalendarView>()
            .WithName(nameof(ReplaceHolidayLists))
            .WithSummary("Replace a Gregorian year's national list (installation administrators) and/or the office's local list (administrators); an empty local list removes it.");
}
