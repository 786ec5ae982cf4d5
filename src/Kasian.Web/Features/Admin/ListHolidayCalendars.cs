using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Workflows;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin;

/// <summary>Lists the years that have a holiday list (national from the file or published, or this office's local list), and the missing-list warning.</summary>
public sealed record ListHolidayCalendars : IRequest<Result<HolidayCalendars>>, IRecordsReading;

/// <summary>One year: where its national list comes from (<c>database</c>, <c>file</c> or <c>none</c>) and whether the office has a local list (<c>database</c> or <c>none</c>).</summary>
public sealed record HolidayYearSummary(int Year, int YearBe, string National, string Local);

public sealed record HolidayCalendars(IReadOnlyList<HolidayYearSummary> Years, HolidayWarning? Warning);

public sealed class ListHolidayCalendarsHandler(KasianDbContext db, WorkflowLibrary workflows, RequestActor actor, TimeProvider clock)
    : IRequestHandler<ListHolidayCalendars, Result<HolidayCalendars>>
{
    public async ValueTask<Result<HolidayCalendars>> Handle(ListHolidayCalendars request, CancellationToken ct)
    {
        var organisation = actor.Current.OrganisationId;
        var rows = await db.HolidayYears.AsNoTracking()
            .Where(h => h.OrganisationId == HolidayYear.National || h.OrganisationId == organisation)
            .Select(h => new { h.OrganisationId, h.Year })
            .ToListAsync(ct);
        var published = rows.Where(r => r.OrganisationId == HolidayYear.National).Select(r => r.Year).ToHashSet();
        var local = rows.Where(r => r.OrganisationId == organisation).Select(r => r.Year).ToHashSet();
        var file = workflows.HolidayFile.Years;
        var years = published.Concat(local).Concat(file).Distinct().Order()
            .Select(y => new HolidayYearSummary(y, ThaiDate.BuddhistYear(y),
                published.Contains(y) ? HolidayList.FromDatabase : file.Contains(y) ? HolidayList.FromFile : HolidayList.Nowhere,
                local.Contains(y) ? HolidayList.FromDatabase : HolidayList.Nowhere))
            .ToList();
        return new HolidayCalendars(years, await HolidayWarnings.CheckAsync(db, workflows, clock.GetUtcNow(), ct));
    }
}

public static class ListHolidayCalendarsEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapGet("/calendars", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListHolidayCalendars(), ct)).ToHttp(Results.Ok))
            .Produces<HolidayCalendars>()
            .WithName(nameof(ListHolidayCalendars))
            .WithSummary("The years with holiday lists, and a warning when this year or the next (Bangkok time) has no national list.");
}
