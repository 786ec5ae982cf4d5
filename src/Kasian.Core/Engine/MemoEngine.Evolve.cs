using Kasian.Core.Memos;
using Kasian.Core.Thai;

namespace Kasian.Core.Engine;

public static partial class MemoEngine
{
    /// <summary>
    /// Applies an event recorded at <paramref name="at"/> to the state: the one place any fact of a memo changes.
    /// The host writes the result onto the memo row; a replay of the log gives the same row.
    /// </summary>
    public static MemoState Evolve(MemoState state, MemoEvent @event, DateTimeOffset at)
    {
        var next = Apply(state, @event, at);
        // A closed step has no clock left to watch.
        var open = next.CurrentStepId is not null;
        // One copy for what every event does: the memo's hot path (an endorsement) folds two events per action.
        return next with
        {
            LastSequence = state.LastSequence + 1,
            // A reminder is on the record but is not an edit: the memo keeps its "last changed" time.
            UpdatedAt = @event is ReminderSent or StepEscalated ? state.UpdatedAt : at,
            StepOpenedAt = open ? next.StepOpenedAt : null,
            DueAt = open ? next.DueAt : null,
            NextReminderAt = open ? next.NextReminderAt : null,
            RemindersSent = open ? next.RemindersSent : 0,
            Unrecorded = open ? next.Unrecorded : next.Unrecorded & ~Unrecorded.NextReminderAt,
        };
    }

    private static MemoState Apply(MemoState state, MemoEvent @event, DateTimeOffset at) => @event switch
    {
        MemoCreated c => state with
        {
            Status = MemoStatus.Draft,
            RouteId = c.RouteId,
            Content = c.Content ?? state.Content with { Subject = c.Subject },
            OriginatorPositionTitle = c.OriginatorPositionTitle ?? state.OriginatorPositionTitle,
            CreatedAt = at,
            Unrecorded = (c.Content is null ? Unrecorded.Content : Unrecorded.None) | (c.OriginatorPositionTitle is null ? Unrecorded.OriginatorPositionTitle : Unrecorded.None),
        },
        MemoEdited e => e.Content is { } content
            ? state with { Content = content, Unrecorded = state.Unrecorded & ~Unrecorded.Content }
            : state with { Content = state.Content with { Subject = e.Subject }, Unrecorded = state.Unrecorded | Unrecorded.Content },
        MemoSubmitted s => state with
        {
            Status = MemoStatus.Pending, Round = s.Round, RouteId = s.RouteId, RouteVersion = s.RouteVersion,
            Number = s.Number, RegisterYear = s.RegisterYear, Sequence = s.Sequence, MemoDate = ThaiDate.BangkokDate(at),
        },
        MemoResubmitted r => state with { Status = MemoStatus.Pending, Round = r.Round },
        StepOpened o => state with
        {
            CurrentStepId = o.StepId, CurrentPosition = o.Position, StepOpenedAt = at, DueAt = o.DueAt, NextReminderAt = o.DueAt, RemindersSent = 0,
            Unrecorded = state.Unrecorded & ~Unrecorded.NextReminderAt,
        },
        StepReassigned r => state with { CurrentPosition = r.ToPosition },
        ReminderSent r => r.Next is { } next
            ? state with { RemindersSent = r.Reminder, NextReminderAt = next.At }
            : state with { RemindersSent = r.Reminder, Unrecorded = state.Unrecorded | Unrecorded.NextReminderAt },
        StepEscalated => state with { NextReminderAt = null, Unrecorded = state.Unrecorded & ~Unrecorded.NextReminderAt },
        MemoApproved => Closed(state, MemoStatus.Approved),
        MemoRejected => Closed(state, MemoStatus.Rejected),
        MemoAcknowledged => Closed(state, MemoStatus.Acknowledged),
        MemoReturned => Closed(state, MemoStatus.Returned),
        MemoRecalled => Closed(state, MemoStatus.Recalled),
        _ => state,
    };

    private static MemoState Closed(MemoState state, MemoStatus status) => state with { Status = status, CurrentStepId = null, CurrentPosition = null };
}
