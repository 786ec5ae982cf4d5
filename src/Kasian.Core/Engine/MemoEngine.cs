using Kasian.Core.Memos;
using Kasian.Core.Routes;

namespace Kasian.Core.Engine;

/// <summary>
/// The pure decider: (route, memo state, command, actor, time) → events or a typed refusal.
/// No I/O; the host loads, asks, and appends in one transaction.
/// </summary>
public static partial class MemoEngine
{
    public static Decision Decide(DecisionContext context, MemoState state, MemoCommand command) => command switch
    {
        Create create => DecideCreate(context, state, create),
        Submit submit => DecideSubmit(context, state, submit),
        Recall => DecideRecall(context, state),
        Revise revise => WithOriginator(context, state, new MemoEdited(revise.Content.Subject, revise.Content)),
        Attach a => WithOriginator(context, state, new AttachmentAdded(a.AttachmentId, a.FileName, a.Size, a.Sha256)),
        StepCommand step => DecideStep(context, state, step),
        Reassign reassign => DecideReassign(state, reassign),
        Remind remind => DecideRemind(context, state, remind),
        Escalate escalate => DecideEscalate(context, state, escalate),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown command"),
    };

    private static Decision DecideSubmit(DecisionContext context, MemoState state, Submit submit)
    {
        if (context.Actor.Id != state.Originator)
            return Decision.Refuse(RefusalCode.NotOriginator, "Only the originator may submit this memo.");
        if (!state.Status.IsWithOriginator())
            return Decision.Refuse(RefusalCode.CannotSubmit, $"A {state.Status.ToCode()} memo cannot be submitted.");

        if (NotYetRunnable(context.Route) is { } what)
            return Decision.Refuse(RefusalCode.RouteNotRunnable, $"Route '{context.Route.Id}' v{context.Route.Version} {what}, which this version of Kasian records but cannot run yet; choose another route.");

        var first = context.Route.Steps[0];
        if (context.StaffedPositions is { } staffed && !staffed.Contains(first.Position))
            return Decision.Refuse(RefusalCode.StepVacant, $"Nobody holds or acts in position '{first.Position}' today, so step '{first.Id}' cannot open; ask an administrator to appoint someone.");
        var round = state.Round + 1;
        var opened = Open(context, first, round, state.Urgency);
        if (!state.HasNumber)
        {
            var number = submit.Number ?? throw new InvalidOperationException("A first submission needs a number from the register.");
            return Decision.Accept(
                new MemoSubmitted(number.Thai, number.Year, number.Sequence, context.Route.Id, context.Route.Version, round),
                opened);
        }
        // Resubmission keeps the number and the route version: the register never hands out a second number for one memo.
        return Decision.Accept(new MemoResubmitted(round), opened);
    }

    /// <summary>What of issue 12's route forms the engine does not yet run; null for a route it walks as written.</summary>
    private static string? NotYetRunnable(RouteDefinition route) =>
        route.Nodes.Any(n => n is ParallelGroup) ? "has a parallel group"
        : route.Nodes.Any(n => n.When is not null) ? "has a condition (when)"
        : route.DistinctActors ? "asks for distinct actors"
        : route.Resubmit == ResubmitFrom.ReturningStep ? "resumes a resubmission from the returning step"
        : !route.Originators.IsAnyone || route.MemoTypes.Count > 0 ? "limits who may use it"
        : null;

    private static Decision WithOriginator(DecisionContext context, MemoState state, MemoEvent @event)
    {
        if (context.Actor.Id != state.Originator)
            return Decision.Refuse(RefusalCode.NotOriginator, "Only the originator may change this memo.");
        if (!state.Status.IsWithOriginator())
            return Decision.Refuse(RefusalCode.NotEditable, $"A {state.Status.ToCode()} memo cannot be changed; it can be edited as a draft, or after it is returned or recalled.");
        return Decision.Accept(@event);
    }

    private static Decision DecideRecall(DecisionContext context, MemoState state)
    {
        if (context.Actor.Id != state.Originator)
            return Decision.Refuse(RefusalCode.NotOriginator, "Only the originator may recall this memo.");
        if (state.Status != MemoStatus.Pending)
            return NotPending(state);
        return Decision.Accept(new MemoRecalled(state.CurrentStepId, state.Round));
    }

    private static Decision DecideStep(DecisionContext context, MemoState state, StepCommand command)
    {
        if (state.Status != MemoStatus.Pending) return NotPending(state);
        if (command.StepId != state.CurrentStepId)
            return Decision.Refuse(RefusalCode.StepMovedOn, $"The memo is at step '{state.CurrentStepId}', not '{command.StepId}'.");

        var route = context.Route;
        var index = route.IndexOf(command.StepId);
        var step = route.Steps[index];

        var position = state.CurrentPosition ?? step.Position;
        var capacity = context.Actor.Capacities.FirstOrDefault(c => c.Position == position);
        if (capacity is null)
            return Decision.Refuse(RefusalCode.NotYourStep, $"Step '{step.Id}' waits for position '{position}', which you do not hold or act in.");
        if (context.Actor.Id == state.Originator && !route.OriginatorMayAct)
            return Decision.Refuse(RefusalCode.OriginatorMayNotAct, "The originator may not act on a step of their own memo on this route.");

        return command switch
        {
            Endorse e when step.Action == StepAction.Endorse => Next(context, state, index, new StepEndorsed(step.Id, state.Round, capacity, Clean(e.Comment))),
            Approve a when step.Action == StepAction.Decide => Decision.Accept(new MemoApproved(step.Id, state.Round, capacity, Clean(a.Comment))),
            Reject r when step.Action == StepAction.Decide => Reason(r.Reason) is { } why
                ? Decision.Accept(new MemoRejected(step.Id, state.Round, capacity, why))
                : ReasonRequired("rejecting"),
            Acknowledge k when step.Action == StepAction.Acknowledge => Decision.Accept(new MemoAcknowledged(step.Id, state.Round, capacity, Clean(k.Comment))),
            ReturnForRevision ret => Reason(ret.Reason) is { } why
                ? Decision.Accept(new MemoReturned(step.Id, state.Round, capacity, why))
                : ReasonRequired("returning"),
            _ => Decision.Refuse(RefusalCode.WrongActionForStep, $"Step '{step.Id}' asks to {step.Action.ToString().ToLowerInvariant()}, not to {ActionName(command)}."),
        };
    }

    private static Decision DecideReassign(MemoState state, Reassign command)
    {
        if (state.Status != MemoStatus.Pending) return NotPending(state);
        if (command.StepId != state.CurrentStepId)
            return Decision.Refuse(RefusalCode.StepMovedOn, $"The memo is at step '{state.CurrentStepId}', not '{command.StepId}'.");
        if (Reason(command.Reason) is not { } why) return ReasonRequired("reassigning");
        var from = state.CurrentPosition ?? "";
        if (from == command.ToPosition)
            return Decision.Refuse(RefusalCode.AlreadyAssigned, $"Step '{command.StepId}' already waits for position '{from}'.");
        return Decision.Accept(new StepReassigned(command.StepId, state.Round, from, command.ToPosition, why));
    }

    /// <summary>When a step opened now falls due, shortened by the route's factor for the memo's urgency.</summary>
    public static DateTimeOffset? DueAt(DecisionContext context, RouteStep step, Urgency urgency, DateTimeOffset openedAt)
    {
        if (step.Due is not { } due) return null;
        if (context.Route.UrgencyDueFactor.TryGetValue(urgency.ToCode(), out var factor))
            due = step.Clock == StepClock.Working ? due.Scale(factor, context.Calendar.OfficeDay) : due.Scale(factor);
        return context.Calendar.Deadline(openedAt, due, step.Clock);
    }

    private static StepOpened Open(DecisionContext context, RouteStep step, int round, Urgency urgency) =>
        new(step.Id, step.Position, round, DueAt(context, step, urgency, context.Now));

    private static Decision Next(DecisionContext context, MemoState state, int index, StepEndorsed endorsed)
    {
        var next = context.Route.Steps[index + 1];
        return Decision.Accept(endorsed, Open(context, next, state.Round, state.Urgency));
    }

    private static Decision NotPending(MemoState state) => state.Status.IsClosed()
        ? Decision.Refuse(RefusalCode.AlreadyDecided, $"The memo is already {state.Status.ToCode()}.")
        : Decision.Refuse(RefusalCode.NotPending, $"The memo is {state.Status.ToCode()}, not waiting at any step.");

    private static Decision ReasonRequired(string doing) =>
        Decision.Refuse(RefusalCode.ReasonRequired, $"A reason is required when {doing} a memo.");

    private static string? Clean(string? text) => VisibleText.OrNull(text);

    private static string? Reason(string? text) => Clean(text);

    private static string ActionName(StepCommand command) => command switch
    {
        Endorse => "endorse",
        Approve => "approve",
        Reject => "reject",
        Acknowledge => "acknowledge",
        _ => "return",
    };
}
