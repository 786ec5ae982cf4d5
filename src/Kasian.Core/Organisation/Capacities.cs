namespace Kasian.Core.Organisation;

/// <summary>Resolves, on a given day, the capacities a person may act in. Who may act is decided when they act, not when a memo is routed.</summary>
public static class Capacities
{
    private const string ActingWord = "รักษาราชการแทน";
    private const string DelegatedWord = "ปฏิบัติราชการแทน";

    public static IReadOnlyList<Capacity> InForce(IEnumerable<Appointment> appointments, DateOnly day)
    {
        var current = appointments.Where(a => a.IsInForceOn(day)).ToList();
        // The signature line of an acting or delegated capacity starts with the person's own post (DOMAIN.md).
        var ownPost = current.FirstOrDefault(a => a.Kind == CapacityKind.Holder)?.PositionTitle;

        return current
            .OrderBy(a => a.Kind)
            .GroupBy(a => a.Position, StringComparer.Ordinal)
            .Select(g => g.First())
            .Select(a => new Capacity(a.Position, a.Kind, Line(a, ownPost), OrderLine(a), a.Kind == CapacityKind.Delegated && a.Scope is { IsEmpty: false } ? a.Scope : null))
            .ToList();
    }

    public static string Line(Appointment appointment, string? ownPost) => appointment.Kind switch
    {
        CapacityKind.Holder => appointment.PositionTitle,
        CapacityKind.Acting => Join(ownPost, ActingWord, appointment.PositionTitle),
        CapacityKind.Delegated => Join(ownPost, DelegatedWord, appointment.PositionTitle),
        _ => throw new ArgumentOutOfRangeException(nameof(appointment)),
    };

    /// <summary>
    /// The order printed with the capacity. A delegate signs "by order" (ปฏิบัติราชการแทน … ตามคำสั่ง …): the order is the
    /// delegation's whole authority, so the line says so even when the reference was entered without the words.
    /// </summary>
    public static string? OrderLine(Appointment appointment) =>
        appointment.OrderReference is not { } order ? null
        : appointment.Kind == CapacityKind.Delegated && !order.StartsWith(ByOrder, StringComparison.Ordinal) ? $"{ByOrder} {order}"
        : order;

    private const string ByOrder = "ตามคำสั่ง";

    private static string Join(string? ownPost, string word, string post) =>
        string.IsNullOrWhiteSpace(ownPost) ? $"{word} {post}" : $"{ownPost} {word} {post}";
}
