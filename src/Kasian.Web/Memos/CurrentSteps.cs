using Kasian.Core.Memos;
using Kasian.Core.Routes;
using Kasian.Core.Thai;
using Kasian.Web.Data;
using Kasian.Web.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Memos;

/// <summary>
/// Where memos stand: the step each waits at, and who may act on it today. The holders of every step come from one
/// query however many memos are asked about, so a page of memos costs two queries, not two per memo.
/// </summary>
public static class CurrentSteps
{
    public static async Task<Dictionary<MemoId, StepView>> DescribeAsync(KasianDbContext db, WorkflowLibrary workflows, IReadOnlyCollection<Memo> memos, DateTimeOffset now, CancellationToken ct)
    {
        var waiting = memos.Select(m => (Memo: m, Step: StepOf(workflows, m))).Where(x => x.Step is not null).ToList();
        if (waiting.Count == 0) return [];
        var day = ThaiDate.BangkokDate(now);
        var assignees = await AssigneesAsync(db, waiting.Select(x => x.Memo.OrganisationId).Distinct().ToList(),
            waiting.Select(x => PositionOf(x.Memo, x.Step!)).Distinct().ToList(), day, ct);
        return waiting.ToDictionary(x => x.Memo.Id, x => new StepView(x.Step!.Id, x.Step.Title, PositionOf(x.Memo, x.Step),
            x.Step.Action.ToString().ToLowerInvariant(), x.Memo.StepOpenedAt, x.Memo.DueAt, x.Memo.DueAt < now,
            assignees.GetValueOrDefault((x.Memo.OrganisationId, PositionOf(x.Memo, x.Step))) ?? []));
    }

    /// <summary>Who the step waits for: its route position, unless an administrator reassigned it.</summary>
    public static string PositionOf(Memo memo, RouteStep step) => memo.CurrentPosition ?? step.Position;

    private static RouteStep? StepOf(WorkflowLibrary workflows, Memo memo)
    {
        if (memo.CurrentStepId is not { } stepId) return null;
        var route = memo.RouteVersion is { } v ? workflows.Routes.Find(new(memo.RouteId, v)) : workflows.Routes.FindLatest(memo.RouteId);
        return route?.Steps.FirstOrDefault(s => s.Id == stepId);
    }

    /// <summary>Who holds each position on the day, in any capacity (holder first, then acting, then delegated).</summary>
    private static async Task<Dictionary<(Guid Organisation, string Position), List<AssigneeView>>> AssigneesAsync(
        KasianDbContext db, List<Guid> organisations, List<string> positions, DateOnly day, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking()
            .Where(p => organisations.Contains(p.OrganisationId)
                && p.Appointments.Any(a => positions.Contains(a.Position!.Code) && a.From <= day && (a.To == null || a.To >= day)))
            .Include(p => p.Appointments).ThenInclude(a => a.Position)
            .ToListAsync(ct);
        return people
            .SelectMany(p => ActorLoader.CapacitiesOf(p, day).Where(c => positions.Contains(c.Position)).Select(c => (Person: p, Capacity: c)))
            .GroupBy(x => (x.Person.OrganisationId, x.Capacity.Position))
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.Capacity.Kind)
                .Select(x => new AssigneeView(x.Person.Username, x.Person.DisplayName, CapacityView.Of(x.Capacity))).ToList());
    }
}
