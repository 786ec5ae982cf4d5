using System.Globalization;
using Kasian.Core.Routes;

namespace Kasian.Core.Organisation;

/// <summary>
/// What a delegation order (ปฏิบัติราชการแทน) lets its delegate decide: memos up to an amount, of some kinds. A delegate
/// acts only within the order, so a limit the memo cannot show it keeps (no amount stated) is not met either.
/// </summary>
public sealed record DelegationScope(decimal? MaxAmount, IReadOnlyList<string> MemoTypes)
{
    public bool IsEmpty => MaxAmount is null && MemoTypes.Count == 0;

    public bool Covers(MemoFacts facts) =>
        (MaxAmount is not { } max || facts.Amount is { } amount && amount <= max)
        && (MemoTypes.Count == 0 || facts.MemoType is { } type && MemoTypes.Contains(type, StringComparer.Ordinal));

    /// <summary>Why a memo is outside the scope, for the refusal; null when it is inside.</summary>
    public string? Refuses(MemoFacts facts)
    {
        if (MaxAmount is { } max && facts.Amount is not { } amount)
            return $"the delegation covers memos up to {Baht(max)} baht and this memo states no amount";
        if (MaxAmount is { } limit && facts.Amount > limit)
            return $"the delegation covers memos up to {Baht(limit)} baht and this memo is for {Baht(facts.Amount!.Value)} baht";
        if (MemoTypes.Count > 0 && (facts.MemoType is not { } type || !MemoTypes.Contains(type, StringComparer.Ordinal)))
            return $"the delegation covers memos of kind {string.Join(", ", MemoTypes)} and this memo is {(facts.MemoType is null ? "of no kind" : $"of kind {facts.MemoType}")}";
        return null;
    }

    private static string Baht(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);
}
