using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Workflows;
using Mediator;

namespace Kasian.Web.Features.Admin;

/// <summary>A year's national and local holiday lists (administrators and auditors).</summary>
public sealed record GetHolidayCalendar(int Year) : IRequest<Result<HolidayCalendarView>>, IRecordsReading;

public sealed class GetHolidayCalendarHandler(KasianDbContext db, WorkflowLibrary workflows, RequestActor actor)
    : IRequestHandler<GetHolidayCalendar, Result<HolidayCalendarView>>
{
    public async ValueTask<Result<HolidayCalendarView>> Handle(GetHolidayCalendar request, CancellationToken ct)
    {
        if (HolidayCalendar.CheckYear(request.Year) is { } invalid) return invalid;
        return await HolidayCalendar.LoadAsync(db, workflows, actor.Current, request.Year, ct);
    }
}

public static class GetHolidayCalendarEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapGet("/calendars/{year:int}", async (int year, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetHolidayCalendar(year), ct)).ToHttp(Results.Ok))
            .Produces<HolidayCalendarView>()
            .WithName(nameof(GetHolidayCalendar))
            .WithSummary("A Gregorian year's holiday lists: the national list (published in Kasian, else the calendar file, else none) and the office's own local list.");
}
