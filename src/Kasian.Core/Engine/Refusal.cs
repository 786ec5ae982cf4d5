namespace Kasian.Core.Engine;

public enum RefusalCode
{
    /// <summary>The memo is closed (approved, rejected or acknowledged).</summary>
    AlreadyDecided,

    /// <summary>The memo is not waiting at any step (draft, returned or recalled).</summary>
    NotPending,

    /// <summary>The request names a step the memo is no longer (or not yet) at.</summary>
    StepMovedOn,

    /// <summary>The actor holds no capacity for the current step's position.</summary>
    NotYourStep,

    /// <summary>The originator may not act on a step of their own memo unless the route allows it.</summary>
    OriginatorMayNotAct,

    /// <summary>Only the originator may submit, resubmit, edit or recall.</summary>
    NotOriginator,

    /// <summary>The action is not one the current step offers (approve at an endorse step).</summary>
    WrongActionForStep,

    /// <summary>Reject and return need a reason.</summary>
    ReasonRequired,

    /// <summary>The memo cannot be submitted in its current state.</summary>
    CannotSubmit,

    /// <summary>Only a memo with its originator (draft, returned, recalled) can be edited or given attachments.</summary>
    NotEditable,

    /// <summary>The step would open at a position nobody holds, acts in or is delegated to today.</summary>
    StepVacant,

    /// <summary>A reassignment names the position the step already waits at.</summary>
    AlreadyAssigned,

    /// <summary>A creation was asked of a memo that already has events.</summary>
    AlreadyCreated,

    /// <summary>The reminder or escalation asked for is not the one due now (not yet, or already sent).</summary>
    NotDue,

    /// <summary>
    /// The route uses what the engine does not run yet (conditions, parallel groups, limits on who may use it, distinct
    /// actors, resubmission from the returning step): it can be published and read, but no memo is sent down it to be
    /// walked wrongly.
    /// </summary>
    RouteNotRunnable,
}

/// <summary>A typed "no" from the engine: every illegal transition is refused this way, never ignored.</summary>
public sealed record Refusal(RefusalCode Code, string Message);
