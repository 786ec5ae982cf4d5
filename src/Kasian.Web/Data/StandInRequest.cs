using Kasian.Core.Memos;

namespace Kasian.Web.Data;

public enum StandInStatus
{
    Pending,
    Approved,
    Rejected,
    Cancelled,
}

/// <summary>
/// A holder's request that someone act in their post while they are away. It becomes an acting appointment
/// (รักษาราชการแทน) only when an administrator or the holder of the superior post approves it.
/// </summary>
public sealed class StandInRequest
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; set; }

    public PersonId RequesterId { get; set; }

    public PersonId StandInId { get; set; }

    public Guid PositionId { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public string? Reason { get; set; }

    public StandInStatus Status { get; set; }

    public PersonId? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The acting appointment an approval created.</summary>
    public Guid? AppointmentId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
