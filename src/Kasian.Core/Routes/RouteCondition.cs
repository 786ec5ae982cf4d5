using System.Globalization;

namespace Kasian.Core.Routes;

/// <summary>The structured fields of a memo that a route may test (issue 12): its amount in baht and its kind.</summary>
public sealed record MemoFacts(decimal? Amount, string? MemoType)
{
    public static MemoFacts None { get; } = new(null, null);
}

public enum ConditionOp { Gt, Gte, Lt, Lte, Eq, In }

/// <summary>
/// A step's <c>when</c>: the step runs only when it holds, and is skipped (recorded, with <see cref="Describe"/>)
/// when it does not. A field the memo does not carry never holds; a route that tests a field therefore requires it
/// (<see cref="RouteDefinition.RequiredFields"/>), so a memo cannot slip past an authority limit by leaving it out.
/// </summary>
public sealed record RouteCondition(string Field, ConditionOp Op, IReadOnlyList<decimal> Amounts, IReadOnlyList<string> Codes)
{
    public const string AmountField = "amount";
    public const string MemoTypeField = "memoType";

    public bool Holds(MemoFacts facts) => Field switch
    {
        AmountField => facts.Amount is { } amount && Compare(amount),
        MemoTypeField => facts.MemoType is { } type && (Op is ConditionOp.Eq or ConditionOp.In) && Codes.Contains(type, StringComparer.Ordinal),
        _ => false,
    };

    private bool Compare(decimal amount) => Op switch
    {
        ConditionOp.Gt => amount > Amounts[0],
        ConditionOp.Gte => amount >= Amounts[0],
        ConditionOp.Lt => amount < Amounts[0],
        ConditionOp.Lte => amount <= Amounts[0],
        ConditionOp.Eq => amount == Amounts[0],
        ConditionOp.In => Amounts.Contains(amount),
        _ => false,
    };

    /// <summary>The condition as a reader of the timeline sees it, e.g. <c>amount > 100,000</c>.</summary>
    public string Describe()
    {
        var values = Field == AmountField
            ? Amounts.Select(a => a.ToString("#,0.##", CultureInfo.InvariantCulture))
            : Codes;
        var op = Op switch
        {
            ConditionOp.Gt => ">",
            ConditionOp.Gte => "≥",
            ConditionOp.Lt => "<",
            ConditionOp.Lte => "≤",
            ConditionOp.Eq => "=",
            _ => "in",
        };
        return Op == ConditionOp.In ? $"{Field} in [{string.Join(", ", values)}]" : $"{Field} {op} {values.First()}";
    }
}
