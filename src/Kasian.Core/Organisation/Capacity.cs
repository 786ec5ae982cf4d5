namespace Kasian.Core.Organisation;

public enum CapacityKind
{
    /// <summary>Holds the post itself.</summary>
    Holder,

    /// <summary>รักษาราชการแทน: acts with the full powers of a vacant or absent post.</summary>
    Acting,

    /// <summary>ปฏิบัติราชการแทน: acts under a written delegation order.</summary>
    Delegated,
}

/// <summary>
/// The capacity in which a person acts at a step: which position, by what right, and the line printed
/// under their signature ("หัวหน้าสำนักปลัด รักษาราชการแทน ปลัดองค์การบริหารส่วนตำบลภูซาง"), and the order
/// (คำสั่ง) that gave the right, when one is on record, printed with it where the form has room.
/// </summary>
/// <param name="Scope">A delegation's limits (<see cref="DelegationScope"/>), checked when the delegate decides; kept with the act so the record shows them.</param>
public sealed record Capacity(
    string Position,
    CapacityKind Kind,
    string Text,
    string? Order = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] DelegationScope? Scope = null);
