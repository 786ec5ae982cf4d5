namespace Kasian.Web.Reminders;

/// <summary>One reminder of one step instance (memo, round, step): what a reminder job is about.</summary>
public sealed record ReminderDue(Guid MemoId, int Round, string StepId, int Number);
