using Kasian.Core.Calendar;
using Kasian.Core.Routes;

namespace Kasian.Core.Reminders;

/// <summary>
/// When a step's reminders fall, as a pure function of the step's policy, its due time and the calendar.
/// Reminder 1 falls at the due time, reminder k at due + (k−1) × every (on the step's clock), up to
/// <c>max</c>; a step with <c>escalateTo</c> escalates one interval after its last reminder, as "reminder"
/// number max + 1. A step with a due time but no policy gets one reminder at the due time and, if it
/// names <c>escalateTo</c>, escalates at that same moment after it.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>The highest number a step reaches: its last reminder, or its escalation.</summary>
    public static int Last(RouteStep step) => MaxReminders(step) + (step.EscalateTo is null ? 0 : 1);

    public static bool IsEscalation(RouteStep step, int number) => step.EscalateTo is not null && number == MaxReminders(step) + 1;

    public static DateTimeOffset? TimeOf(RouteStep step, WorkingCalendar calendar, DateTimeOffset dueAt, int number)
    {
        if (number < 1 || number > Last(step)) return null;
        if (step.Reminders is not { } policy) return dueAt;
        var at = dueAt;
        for (var k = 1; k < number; k++) at = calendar.Deadline(at, policy.Every, step.Clock);
        return at;
    }

    /// <summary>
    /// The number to act on now: the latest one whose time has come and that is past <paramref name="reached"/>.
    /// After downtime this skips the missed reminders and yields one catch-up, never a backlog.
    /// </summary>
    public static int? DueNumber(RouteStep step, WorkingCalendar calendar, DateTimeOffset dueAt, int reached, DateTimeOffset now)
    {
        int? due = null;
        for (var k = reached + 1; k <= Last(step); k++)
        {
            if (TimeOf(step, calendar, dueAt, k) is not { } at || at > now) break;
            due = k;
        }
        return due;
    }

    /// <summary>When the sweep should look at the step again after <paramref name="reached"/>; null once nothing is left.</summary>
    public static DateTimeOffset? NextAfter(RouteStep step, WorkingCalendar calendar, DateTimeOffset dueAt, int reached) =>
        TimeOf(step, calendar, dueAt, reached + 1);

    /// <summary>How long past due, counted on the step's clock (office time for working-time steps).</summary>
    public static TimeSpan Overdue(RouteStep step, WorkingCalendar calendar, DateTimeOffset dueAt, DateTimeOffset now) =>
        now <= dueAt ? TimeSpan.Zero
        : step.Clock == StepClock.Calendar ? now - dueAt
        : calendar.WorkingTimeBetween(dueAt, now);

    private static int MaxReminders(RouteStep step) => step.Reminders?.Max ?? 1;
}
