using Kasian.Core.Memos;
using Kasian.Core.Reminders;

namespace Kasian.Core.Engine;

public static partial class MemoEngine
{
    private static Decision DecideCreate(DecisionContext context, MemoState state, Create create) =>
        state.LastSequence > 0
            ? Decision.Refuse(RefusalCode.AlreadyCreated, "The memo has been created already.")
            : Decision.Accept(new MemoCreated(create.Content.Subject, context.Route.Id, create.Content, create.OriginatorPositionTitle));

    /// <summary>
    /// Like Wolverine's timeout handlers, the sweep's job asks again whether its reminder is still due: the step may
    /// have moved on, or another sweep may have sent it. The engine, not the job, says when the next one falls.
    /// </summary>
    private static Decision DecideRemind(DecisionContext context, MemoState state, Remind remind)
    {
        if (StillWaiting(context, state, remind.StepId, remind.Round, remind.Reminder) is { } refused) return refused;
        var step = context.Route.Steps[context.Route.IndexOf(remind.StepId)];
        if (ReminderSchedule.IsEscalation(step, remind.Reminder))
            return Decision.Refuse(RefusalCode.NotDue, $"Step '{step.Id}' is due to escalate, not to be reminded.");
        var next = ReminderSchedule.NextAfter(step, context.Calendar, state.DueAt!.Value, remind.Reminder);
        return Decision.Accept(new ReminderSent(step.Id, state.Round, remind.Reminder, remind.Recipients, new ReminderFollowUp(next)));
    }

    private static Decision DecideEscalate(DecisionContext context, MemoState state, Escalate escalate)
    {
        var step = context.Route.Steps.FirstOrDefault(s => s.Id == escalate.StepId);
        var last = step is null ? 0 : ReminderSchedule.Last(step);
        if (StillWaiting(context, state, escalate.StepId, escalate.Round, last) is { } refused) return refused;
        if (step!.EscalateTo is not { } to || !ReminderSchedule.IsEscalation(step, last))
            return Decision.Refuse(RefusalCode.NotDue, $"Step '{step.Id}' names no position to escalate to.");
        return Decision.Accept(new StepEscalated(step.Id, state.Round, to, escalate.Recipients));
    }

    /// <summary>Refuses unless the memo still waits at this step instance and reminder <paramref name="number"/> is the one due now.</summary>
    private static Decision? StillWaiting(DecisionContext context, MemoState state, string stepId, int round, int number)
    {
        if (state.Status != MemoStatus.Pending) return NotPending(state);
        if (stepId != state.CurrentStepId || round != state.Round)
            return Decision.Refuse(RefusalCode.StepMovedOn, $"The memo is at step '{state.CurrentStepId}' of round {state.Round}, not '{stepId}' of round {round}.");
        var step = context.Route.Steps[context.Route.IndexOf(stepId)];
        if (state.DueAt is not { } dueAt || state.NextReminderAt is not { } look || look > context.Now
            || ReminderSchedule.DueNumber(step, context.Calendar, dueAt, state.RemindersSent, context.Now) != number)
            return Decision.Refuse(RefusalCode.NotDue, $"Reminder {number} of step '{stepId}' is not due now.");
        return null;
    }
}
