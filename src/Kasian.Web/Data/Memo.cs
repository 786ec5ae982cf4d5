using Kasian.Core.Memos;

namespace Kasian.Web.Data;

/// <summary>
/// The memo row: the บันทึกข้อความ fields plus a projection of its events (status, current step, due time)
/// for fast inbox and reminder queries. <see cref="LastSequence"/> is both the sequence of the memo's
/// latest event and its optimistic-concurrency token: every change appends at least one event.
/// </summary>
public sealed class Memo
{
    public MemoId Id { get; set; } = MemoId.New();

    public Guid OrganisationId { get; set; }

    public PersonId OriginatorId { get; set; }

    /// <summary>The position the originator signs in (printed under their name).</summary>
    public required string OriginatorPositionTitle { get; set; }

    public required string Unit { get; set; }

    public string? UnitPhone { get; set; }

    public required string Subject { get; set; }

    public required string To { get; set; }

    public required string Body { get; set; }

    public Urgency Urgency { get; set; }

    public MemoStatus Status { get; set; }

    public required string RouteId { get; set; }

    /// <summary>Fixed at first submission: a memo keeps the route version it was submitted on.</summary>
    public int? RouteVersion { get; set; }

    public int Round { get; set; }

    public string? CurrentStepId { get; set; }

    public string? CurrentPosition { get; set; }

    public DateTimeOffset? StepOpenedAt { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    /// <summary>When the reminder sweep next looks at this memo: the due time when a step opens, advanced after each reminder, null once the step closes or escalates.</summary>
    public DateTimeOffset? NextReminderAt { get; set; }

    /// <summary>The number of the latest reminder sent for the current step (a catch-up after downtime skips numbers).</summary>
    public int RemindersSent { get; set; }

    public int? RegisterYear { get; set; }

    public int? Sequence { get; set; }

    public string? Number { get; set; }

    /// <summary>วันที่: the day of first submission, Bangkok time.</summary>
    public DateOnly? MemoDate { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int LastSequence { get; set; }
}
