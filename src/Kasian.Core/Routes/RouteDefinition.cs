namespace Kasian.Core.Routes;

public enum StepAction
{
    /// <summary>Comment and pass on (may also return).</summary>
    Endorse,

    /// <summary>Approve, or reject with a reason (may also return). Ends the route.</summary>
    Decide,

    /// <summary>ทราบ: closes the memo as acknowledged.</summary>
    Acknowledge,
}

/// <summary>How a step's due time is counted.</summary>
public enum StepClock
{
    /// <summary>Office hours on the organisation's working calendar (the default).</summary>
    Working,

    /// <summary>Wall-clock time.</summary>
    Calendar,
}

public sealed record LocalizedText(string Th, string? En);

public sealed record ReminderPolicy(IsoDuration Every, int Max);

public sealed record RouteStep(
    string Id,
    string Title,
    string Position,
    StepAction Action,
    IsoDuration? Due,
    StepClock Clock,
    ReminderPolicy? Reminders,
    string? EscalateTo,
    RouteCondition? When = null) : RouteNode(Id, When)
{
    public override IReadOnlyList<RouteStep> OpenedSteps => [this];
}

/// <summary>Where an originator's resubmission resumes after a return.</summary>
public enum ResubmitFrom
{
    /// <summary>From the route's first step: everyone sees the revised memo again (the default).</summary>
    Start,

    /// <summary>From the step that returned it.</summary>
    ReturningStep,
}

/// <summary>Who may send memos on a route: holders of these positions, or members of these units (either suffices). Empty lists: anyone.</summary>
public sealed record RouteOriginators(IReadOnlyList<string> Positions, IReadOnlyList<string> Units)
{
    public static RouteOriginators Anyone { get; } = new([], []);

    public bool IsAnyone => Positions.Count == 0 && Units.Count == 0;
}

/// <summary>
/// A route (เส้นทางเสนอหนังสือ) as defined in <c>workflows/*.json</c>. Identified by (Id, Version);
/// <see cref="ContentHash"/> lets the host refuse the same id and version with different content.
/// </summary>
/// <remarks>
/// <see cref="Steps"/> lists every step in route order, a parallel group's branches in place of the group;
/// <see cref="Nodes"/> is the route as written (steps and groups). A route written as plain steps has the same two lists.
/// </remarks>
public sealed record RouteDefinition(
    string Id,
    int Version,
    LocalizedText Name,
    IReadOnlyList<RouteStep> Steps,
    bool OriginatorMayAct,
    IReadOnlyDictionary<string, double> UrgencyDueFactor,
    string CanonicalJson,
    string ContentHash)
{
    public RouteKey Key => new(Id, Version);

    private readonly IReadOnlyList<RouteNode>? _nodes;

    public IReadOnlyList<RouteNode> Nodes
    {
        get => _nodes ?? Steps;
        init => _nodes = value;
    }

    public RouteOriginators Originators { get; init; } = RouteOriginators.Anyone;

    /// <summary>The kinds of memo this route serves; empty: any kind, or none.</summary>
    public IReadOnlyList<string> MemoTypes { get; init; } = [];

    /// <summary>Separation of duties: one person may not act twice on a memo, whatever capacities they hold.</summary>
    public bool DistinctActors { get; init; }

    public ResubmitFrom Resubmit { get; init; } = ResubmitFrom.Start;

    /// <summary>The memo fields the route's conditions test: a memo on this route must carry each.</summary>
    public IReadOnlySet<string> RequiredFields { get; init; } = new HashSet<string>();

    /// <summary>The nodes that run for a memo with these facts, in order; the others are skipped.</summary>
    public IEnumerable<RouteNode> PathFor(MemoFacts facts) => Nodes.Where(n => RoutePaths.Runs(n, facts));

    public RouteNode? NodeOf(string stepId) =>
        Nodes.FirstOrDefault(n => n.Id == stepId || n.OpenedSteps.Any(s => s.Id == stepId));

    public int IndexOf(string stepId)
    {
        for (var i = 0; i < Steps.Count; i++)
            if (Steps[i].Id == stepId) return i;
        return -1;
    }
}

public readonly record struct RouteKey(string Id, int Version)
{
    public override string ToString() => $"{Id} v{Version}";
}
