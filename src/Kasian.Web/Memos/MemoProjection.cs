using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Web.Data;

namespace Kasian.Web.Memos;

/// <summary>
/// The memo row and the engine's <see cref="MemoState"/>, each read from the other in one place: the row is the state
/// the events have made (<see cref="MemoEngine.Evolve"/>), stored for queries. Nothing else writes its columns.
/// </summary>
public static class MemoProjection
{
    public static MemoState StateOf(Memo memo) =>
        new(memo.Status, memo.OriginatorId, new MemoContent(memo.Unit, memo.UnitPhone, memo.Subject, memo.To, memo.Body, memo.Urgency), memo.CurrentStepId, memo.Round, memo.CurrentPosition)
        {
            RouteId = memo.RouteId,
            OriginatorPositionTitle = memo.OriginatorPositionTitle,
            RouteVersion = memo.RouteVersion,
            Number = memo.Number,
            RegisterYear = memo.RegisterYear,
            Sequence = memo.Sequence,
            MemoDate = memo.MemoDate,
            StepOpenedAt = memo.StepOpenedAt,
            DueAt = memo.DueAt,
            NextReminderAt = memo.NextReminderAt,
            RemindersSent = memo.RemindersSent,
            CreatedAt = memo.CreatedAt,
            UpdatedAt = memo.UpdatedAt,
            LastSequence = memo.LastSequence,
        };

    public static void Write(MemoState state, Memo memo)
    {
        memo.OriginatorId = state.Originator;
        memo.OriginatorPositionTitle = state.OriginatorPositionTitle;
        memo.Unit = state.Content.Unit;
        memo.UnitPhone = state.Content.UnitPhone;
        memo.Subject = state.Content.Subject;
        memo.To = state.Content.To;
        memo.Body = state.Content.Body;
        memo.Urgency = state.Content.Urgency;
        memo.Status = state.Status;
        memo.RouteId = state.RouteId;
        memo.RouteVersion = state.RouteVersion;
        memo.Round = state.Round;
        memo.CurrentStepId = state.CurrentStepId;
        memo.CurrentPosition = state.CurrentPosition;
        memo.StepOpenedAt = state.StepOpenedAt;
        memo.DueAt = state.DueAt;
        memo.NextReminderAt = state.NextReminderAt;
        memo.RemindersSent = state.RemindersSent;
        memo.RegisterYear = state.RegisterYear;
        memo.Sequence = state.Sequence;
        memo.Number = state.Number;
        memo.MemoDate = state.MemoDate;
        memo.CreatedAt = state.CreatedAt;
        memo.UpdatedAt = state.UpdatedAt;
        memo.LastSequence = state.LastSequence;
    }
}
