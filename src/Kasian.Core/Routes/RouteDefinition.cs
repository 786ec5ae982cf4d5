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
    string? EscalateTo);

/// <summary>
/// A route (เส้นทางเสนอหนังสือ) as defined in <c>workflows/*.json</c>. Identified by (Id, Version);
/// <see cref="ContentHash"/> lets the host refuse the same id and version with different content.
/// </summary>
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
