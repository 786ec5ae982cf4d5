using Kasian.Core.Memos;

namespace Kasian.Web.Notifications;

/// <summary>What a notification is about; a person chooses per kind and channel how (or whether) it reaches them.</summary>
public enum NotificationKind
{
    /// <summary>A step opened at a position the person holds (also acting, delegated): หนังสือรอท่านพิจารณา.</summary>
    StepOpened,

    /// <summary>The memo came back to its originator for revision, with the reason.</summary>
    Returned,

    Approved,

    Rejected,

    Acknowledged,

    Recalled,

    /// <summary>A reminder of an open step (the reminder sweep's).</summary>
    Reminder,

    /// <summary>An overdue step raised to the post above (the reminder sweep's).</summary>
    Escalation,
}

/// <summary>
/// The notification ledger for a memo's turns: one row per memo event that tells anyone anything, unique on the
/// event, written together with its deliveries. Whoever inserts it first notifies; every other node or pass that
/// tries loses on the unique key, so a turn is told once however many notifiers read it. The message is kept here,
/// as a reminder's is, so that a delivery retried hours later says what the first attempt said.
/// </summary>
public sealed class MemoNotice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The <see cref="Data.MemoEventRecord"/> told of.</summary>
    public long EventId { get; set; }

    public MemoId MemoId { get; set; }

    public NotificationKind Kind { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string Title { get; set; }

    public required string Text { get; set; }

    public required string Link { get; set; }

    /// <summary>The step the message names, for the administrators' list of deliveries.</summary>
    public string? StepId { get; set; }
}

/// <summary>
/// How far the notifiers have read the memo events: one row, shared by every node. It only says where to start
/// reading; which events were told is the ledger's (<see cref="MemoNotice"/>), so a cursor that goes back re-reads harmlessly.
/// </summary>
public sealed class NotificationCursor
{
    public const string MemoEvents = "memo-events";

    public required string Id { get; set; }

    public long LastEventId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
