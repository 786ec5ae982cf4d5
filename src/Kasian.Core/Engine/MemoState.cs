using Kasian.Core.Memos;

namespace Kasian.Core.Engine;

/// <summary>
/// What the engine needs to know about a memo. The current step is the bookmark: waiting for an
/// approver is this stored state, not a running process. <see cref="CurrentPosition"/> is who it waits for:
/// the step's position, or another one an administrator reassigned it to.
/// </summary>
public sealed record MemoState(
    MemoStatus Status,
    PersonId Originator,
    Urgency Urgency,
    string? CurrentStepId,
    int Round,
    bool HasNumber,
    string? CurrentPosition = null)
{
    public static MemoState NewDraft(PersonId originator, Urgency urgency) =>
        new(MemoStatus.Draft, originator, urgency, null, 0, false);
}

/// <summary>The person acting, with every capacity they hold today.</summary>
public sealed record Actor(PersonId Id, IReadOnlyList<Organisation.Capacity> Capacities);
