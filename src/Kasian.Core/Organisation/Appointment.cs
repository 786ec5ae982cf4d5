namespace Kasian.Core.Organisation;

/// <summary>
/// One person's standing in one position over a period: as holder, acting, or delegate.
/// <paramref name="To"/> is inclusive; null means open-ended.
/// </summary>
public sealed record Appointment(
    string Position,
    string PositionTitle,
    CapacityKind Kind,
    DateOnly From,
    DateOnly? To,
    string? OrderReference = null,
    DelegationScope? Scope = null)
{
    public bool IsInForceOn(DateOnly day) => From <= day && (To is null || day <= To.Value);
}
