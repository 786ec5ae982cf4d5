using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Features.Admin;
using Kasian.Web.Memos;
using Kasian.Web.Workflows;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Dashboard;

/// <summary>How the organisation's memos are moving: what waits at each step, what is overdue, and how long each step takes.</summary>
public sealed record GetDashboard : IRequest<Result<DashboardView>>;

public sealed record StepLoad(string StepId, string Title, int Pending, int Overdue);

/// <summary>Median time from a step opening to someone acting on it, over the acts recorded in a window.</summary>
public sealed record StepTime(string StepId, string Title, TimeSpan? Median30, int Count30, TimeSpan? Median90, int Count90);

/// <summary>A memo waiting at a position nobody holds, acts in or is delegated to today: someone must appoint or reassign.</summary>
public sealed record VacantWait(Guid MemoId, string? Number, string Subject, string StepId, string Position, string PositionTitle);

/// <param name="HolidayWarning">For administrators: this year or the next has no national holiday list.</param>
/// <param name="Vacant">Memos that wait at vacant positions, for everyone to see (they explain a stuck memo).</param>
public sealed record DashboardView(IReadOnlyList<StepLoad> Load, IReadOnlyList<StepTime> Times, DateTimeOffset At, HolidayWarning? HolidayWarning = null,
    IReadOnlyList<VacantWait>? Vacant = null);

public sealed class GetDashboardHandler(KasianDbContext db, WorkflowLibrary workflows, RequestActor user, TimeProvider clock)
    : IRequestHandler<GetDashboard, Result<DashboardView>>
{
    private static readonly string[] Acts =
        [nameof(StepEndorsed), nameof(MemoApproved), nameof(MemoRejected), nameof(MemoReturned), nameof(MemoAcknowledged)];

    public async ValueTask<Result<DashboardView>> Handle(GetDashboard request, CancellationToken ct)
    {
        var organisation = user.Current.OrganisationId;
        var now = clock.GetUtcNow();

        var pending = await db.Memos.AsNoTracking()
            .Where(m => m.OrganisationId == organisation && m.Status == MemoStatus.Pending && m.CurrentStepId != null)
            .Select(m => new { m.Id, m.Number, m.Subject, m.CurrentStepId, m.CurrentPosition, m.DueAt })
            .ToListAsync(ct);
        var staffed = await StaffedPositions.LoadAsync(db, organisation, Kasian.Core.Thai.ThaiDate.BangkokDate(now), ct);
        var vacantCodes = pending.Where(p => p.CurrentPosition is { } c && !staffed.Contains(c)).Select(p => p.CurrentPosition!).Distinct().ToList();
        var titles = await db.Positions.AsNoTracking().Where(p => p.OrganisationId == organisation && vacantCodes.Contains(p.Code))
            .ToDictionaryAsync(p => p.Code, p => p.Title, ct);
        var vacant = pending.Where(p => p.CurrentPosition is { } c && vacantCodes.Contains(c))
            .Select(p => new VacantWait(p.Id.Value, p.Number, p.Subject, p.CurrentStepId!, p.CurrentPosition!, titles.GetValueOrDefault(p.CurrentPosition!) ?? p.CurrentPosition!))
            .ToList();

        // A step's time runs from its StepOpened to the next act at that step; acts are counted in the window they happened in.
        var since = now.AddDays(-90);
        // A memo acted on in the window was updated in it: older memos cannot contribute, so they are not read.
        var memoIds = db.Memos.Where(m => m.OrganisationId == organisation && m.UpdatedAt >= since).Select(m => m.Id);
        var events = await db.MemoEvents.AsNoTracking()
            .Where(e => memoIds.Contains(e.MemoId) && (e.Type == nameof(StepOpened) || Acts.Contains(e.Type)))
            .OrderBy(e => e.MemoId).ThenBy(e => e.Sequence)
            .Select(e => new { e.MemoId, e.Type, e.Payload, e.At })
            .ToListAsync(ct);
        var durations = new List<(string StepId, DateTimeOffset ActedAt, TimeSpan Took)>();
        foreach (var memo in events.GroupBy(e => e.MemoId))
        {
            (string StepId, DateTimeOffset At)? open = null;
            foreach (var e in memo)
            {
                var payload = EventJson.Deserialize(e.Payload);
                if (payload is StepOpened o) open = (o.StepId, e.At);
                else if (payload is StepActed a && open is { } opened && opened.StepId == a.StepId)
                {
                    if (e.At >= since) durations.Add((a.StepId, e.At, e.At - opened.At));
                    open = null;
                }
            }
        }

        var steps = workflows.Routes.Latest.SelectMany(r => r.Steps).DistinctBy(s => s.Id).ToList();
        var load = steps.Select(s => new StepLoad(s.Id, s.Title,
                pending.Count(p => p.CurrentStepId == s.Id),
                pending.Count(p => p.CurrentStepId == s.Id && p.DueAt < now)))
            .ToList();
        var times = steps.Select(s =>
            {
                var last90 = durations.Where(d => d.StepId == s.Id).Select(d => d.Took).ToList();
                var last30 = durations.Where(d => d.StepId == s.Id && d.ActedAt >= now.AddDays(-30)).Select(d => d.Took).ToList();
                return new StepTime(s.Id, s.Title, Median(last30), last30.Count, Median(last90), last90.Count);
            })
            .ToList();
        // Only administrators can do something about it, so only they are told.
        var warning = user.Current.HasAny(HolidayCalendar.LocalEditors) ? await HolidayWarnings.CheckAsync(db, workflows, now, ct) : null;
        return new DashboardView(load, times, now, warning, vacant);
    }

    public static TimeSpan? Median(IReadOnlyList<TimeSpan> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
