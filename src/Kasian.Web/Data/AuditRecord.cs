using Kasian.Core.Memos;

namespace Kasian.Web.Data;

/// <summary>
/// One administrative change (a person created, an appointment ended, a holiday list replaced): who, when, what.
/// Memo changes are recorded as memo events instead; this is the record of everything else an administrator does.
/// </summary>
public sealed class AuditRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; set; }

    public DateTimeOffset At { get; set; }

    public PersonId? ActorId { get; set; }

    public required string ActorUsername { get; set; }

    /// <summary>What was done, as a stable code: <c>person.created</c>, <c>appointment.updated</c>.</summary>
    public required string Action { get; set; }

    /// <summary>The kind and id of what was changed.</summary>
    public required string EntityType { get; set; }

    public Guid? EntityId { get; set; }

    /// <summary>The new values as JSON (never a password or its hash).</summary>
    public required string Details { get; set; }

    public string? Address { get; set; }
}
