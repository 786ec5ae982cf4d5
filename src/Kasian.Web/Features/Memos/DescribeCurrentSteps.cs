using Kasian.Core.Memos;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Memos;
using Kasian.Web.Workflows;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Memos;

/// <summary>The step each of these memos waits at and who holds it, for a list page (memos of the reader's organisation only).</summary>
public sealed record DescribeCurrentSteps(IReadOnlyList<Guid> MemoIds) : IRequest<Result<IReadOnlyDictionary<Guid, StepView>>>;

public sealed class DescribeCurrentStepsHandler(KasianDbContext db, WorkflowLibrary workflows, RequestActor actor, TimeProvider clock)
    : IRequestHandler<DescribeCurrentSteps, Result<IReadOnlyDictionary<Guid, StepView>>>
{
    public async ValueTask<Result<IReadOnlyDictionary<Guid, StepView>>> Handle(DescribeCurrentSteps request, CancellationToken ct)
    {
        var organisation = actor.Current.OrganisationId;

        var ids = request.MemoIds.Select(id => new MemoId(id)).ToList();
        var memos = await db.Memos.AsNoTracking()
            .Where(m => ids.Contains(m.Id) && m.OrganisationId == organisation && m.CurrentStepId != null)
            .ToListAsync(ct);
        var steps = await CurrentSteps.DescribeAsync(db, workflows, memos, clock.GetUtcNow(), ct);
        return steps.ToDictionary(s => s.Key.Value, s => s.Value);
    }
}
