namespace Kasian.Core.Routes;

/// <summary>One place on a route: a step, or a group of steps that run at once. Either may be skipped by its <see cref="When"/>.</summary>
public abstract record RouteNode(string Id, RouteCondition? When)
{
    /// <summary>The steps this node opens when it runs.</summary>
    public abstract IReadOnlyList<RouteStep> OpenedSteps { get; }

    public bool Runs(MemoFacts facts) => When is null || When.Holds(facts);
}

/// <summary>How a parallel group joins: when every branch has endorsed, or when the first has (the others close).</summary>
public enum JoinMode { All, Any }

/// <summary>Co-endorsement (เสนอผ่านหลายกองพร้อมกัน): every branch opens at once, each with its own due time and reminders.</summary>
public sealed record ParallelGroup(string Id, JoinMode Mode, IReadOnlyList<RouteStep> Branches, RouteCondition? When)
    : RouteNode(Id, When)
{
    public override IReadOnlyList<RouteStep> OpenedSteps => Branches;
}
