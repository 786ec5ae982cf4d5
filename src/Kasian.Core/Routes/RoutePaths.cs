using System.Globalization;

namespace Kasian.Core.Routes;

/// <summary>
/// Checks a route's shape for every memo it could carry. Conditions only compare a memo's amount and kind with
/// constants, so the path is the same between two neighbouring constants: trying each constant, a satang either
/// side, and every kind named covers every memo. Each path must end at a step that decides or acknowledges, and no
/// such step may have another after it.
/// </summary>
internal static class RoutePaths
{
    public static void Check(IReadOnlyList<RouteNode> nodes, IReadOnlyList<string> memoTypes, Action<string, string> error)
    {
        var where = new Dictionary<RouteNode, string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            var path = $"$.steps[{i}]";
            where[nodes[i]] = path;
            if (!seen.Add(nodes[i].Id)) error($"{path}.id", $"step id '{nodes[i].Id}' is used twice");
            if (nodes[i] is not ParallelGroup group) continue;
            for (var j = 0; j < group.Branches.Count; j++)
            {
                where[group.Branches[j]] = $"{path}.parallel.steps[{j}]";
                if (!seen.Add(group.Branches[j].Id)) error($"{path}.parallel.steps[{j}].id", $"step id '{group.Branches[j].Id}' is used twice");
            }
        }
        var conditions = where.Keys.Where(n => n.When is not null).ToList();
        if (memoTypes.Count > 0)
            foreach (var node in conditions.Where(n => n.When!.Field == RouteCondition.MemoTypeField))
                foreach (var code in node.When!.Codes.Where(c => !memoTypes.Contains(c, StringComparer.Ordinal)))
                    error($"{where[node]}.when.value", $"memo type '{code}' is not among the route's memoTypes");

        var reported = new HashSet<string>(StringComparer.Ordinal);
        void Once(string path, string reason)
        {
            if (reported.Add(path)) error(path, reason);
        }
        foreach (var facts in Samples(conditions.Select(n => n.When!).ToList(), memoTypes))
        {
            var suffix = conditions.Count == 0 ? "" : $" (for a memo with {Describe(facts)})";
            var run = nodes.Where(n => Runs(n, facts)).ToList();
            if (run.Count == 0)
            {
                Once("$.steps", $"every step is skipped{suffix}: a route has to end the memo");
                continue;
            }
            for (var i = 0; i < run.Count - 1; i++)
                if (run[i] is RouteStep { Action: not StepAction.Endorse } early)
                    Once($"{where[early]}.action", $"only the last step may decide or acknowledge: those actions end the memo{suffix}, yet '{run[i + 1].Id}' follows");
            if (run[^1] is not RouteStep { Action: not StepAction.Endorse })
                Once(run[^1] is RouteStep ? $"{where[run[^1]]}.action" : where[run[^1]],
                    $"the last step must decide or acknowledge: a route has to end the memo{suffix}, yet it ends at '{run[^1].Id}'");
        }
    }

    /// <summary>A group runs when it holds and at least one of its branches does.</summary>
    public static bool Runs(RouteNode node, MemoFacts facts) =>
        node.Runs(facts) && (node is not ParallelGroup g || g.Branches.Any(b => b.Runs(facts)));

    private static IEnumerable<MemoFacts> Samples(IReadOnlyList<RouteCondition> conditions, IReadOnlyList<string> memoTypes)
    {
        var limits = conditions.Where(c => c.Field == RouteCondition.AmountField).SelectMany(c => c.Amounts).Distinct().ToList();
        // A route that tests the amount requires one (RouteDefinition.RequiredFields): no sample without it.
        IEnumerable<decimal?> amounts = limits.Count == 0
            ? [null]
            : limits.SelectMany(t => new[] { t - 0.01m, t, t + 0.01m }).Append(0m).Where(a => a >= 0).Distinct().Order().Select(a => (decimal?)a);
        var named = conditions.Where(c => c.Field == RouteCondition.MemoTypeField).SelectMany(c => c.Codes).Concat(memoTypes).Distinct(StringComparer.Ordinal).ToList();
        var testsType = conditions.Any(c => c.Field == RouteCondition.MemoTypeField);
        // Kinds the route does not name behave alike; with memoTypes listed, no other kind may use the route at all.
        IEnumerable<string?> types = memoTypes.Count > 0 ? named : named.Append(testsType ? "any-other-type" : null);
        foreach (var amount in amounts.ToList())
            foreach (var type in types)
                yield return new MemoFacts(amount, type);
    }

    private static string Describe(MemoFacts facts)
    {
        var parts = new List<string>();
        if (facts.Amount is { } a) parts.Add($"amount {a.ToString("#,0.##", CultureInfo.InvariantCulture)}");
        if (facts.MemoType is { } t) parts.Add($"memoType '{t}'");
        return string.Join(" and ", parts);
    }
}
