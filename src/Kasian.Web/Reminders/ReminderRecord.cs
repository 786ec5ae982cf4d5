using Kasian.Core.Memos;

namespace Kasian.Web.Reminders;

public enum ReminderKind
{
    Reminder,
    Escalation,
}

/// <summary>
/// The reminder ledger: one row per (memo, round, step, number), unique, written in the same commit as
/// the memo's ReminderSent or StepEscalated event. Whoever inserts the row first sent the reminder; every
/// other sweep, job or instance that tries loses on the unique key. The message is kept here so that a
/// delivery retried hours later says exactly what the first attempt said.
/// </summary>
public sealed class ReminderRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public MemoId MemoId { get; set; }

    public int Round { get; set; }

    public required string StepId { get; set; }

    /// <summary>1..max for reminders; max + 1 for the escalation.</summary>
    public int ReminderNumber { get; set; }

    public ReminderKind Kind { get; set; }

    /// <summary>When the schedule said it should happen (a catch-up happens later than this).</summary>
    public DateTimeOffset ScheduledAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string Title { get; set; }

    public required string Text { get; set; }

    public required string Link { get; set; }
}
