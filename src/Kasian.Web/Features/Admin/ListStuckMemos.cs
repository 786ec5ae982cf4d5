using Kasian.Core.Memos;
using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Memos;
using Kasian.Web.Workflows;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin;

/// <summary>
/// The office's memos that need an administrator: waiting at a position nobody holds, acts in or is delegated to
/// today, or past their step's due time; the most overdue first. What the administration home lists, each with
/// a way to reassign its step. Pages only (like <see cref="Memos.DescribeCurrentSteps"/>): the API's
/// <c>GET /api/memos?status=pending&amp;overdue=true</c> and the vacancy notices already tell programs.
/// </summary>
public sealed record ListStuckMemos : IRequest<Result<IReadOnlyList<StuckMemo>>>, IRecordsReading
{
    /// <summary>A page's worth: an office with more stuck memos than this has a bigger problem than a list can show.</summary>
    public const int Limit = 50;
}

/// <param name="Vacant">Nobody holds, acts in or is delegated to the step's position today.</param>
public sealed record StuckMemo(Guid Id, string? Number, string Subject, string Urgency, StepView Step, bool Vacant);

public sealed class ListStuckMemosHandler(KasianDbContext db, WorkflowLibrary workflows, RequestActor actor, TimeProvider clock)
    : IRequestHandler<ListStuckMemos, Result<IReadOnlyList<StuckMemo>>>
{
    public async ValueTask<Result<IReadOnlyList<StuckMemo>>> Handle(ListStuckMemos request, CancellationToken ct)
    {
        var organisation = actor.Current.OrganisationId;
        var now = clock.GetUtcNow();
        var staffed = (await StaffedPositions.LoadAsync(db, organisation, ThaiDate.BangkokDate(now), ct)).ToList();
        var memos = await db.Memos.AsNoTracking()
            .Where(m => m.OrganisationId == organisation && m.Status == MemoStatus.Pending && m.CurrentStepId != null
                && (m.DueAt < now || !staffed.Contains(m.CurrentPosition!)))
            .OrderBy(m => m.DueAt)
            .Take(ListStuckMemos.Limit)
            .ToListAsync(ct);
        var steps = await CurrentSteps.DescribeAsync(db, workflows, memos, now, ct);
        return memos.Where(m => steps.ContainsKey(m.Id))
            .Select(m => new StuckMemo(m.Id.Value, m.Number, m.Subject, m.Urgency.ToCode(), steps[m.Id], !staffed.Contains(steps[m.Id].Position)))
            .ToList();
    }
}
