using System.Text.Json.Serialization;
using Kasian.Core.Memos;
using Kasian.Core.Organisation;

namespace Kasian.Core.Engine;

/// <summary>
/// What happened to a memo, in the past tense. Events are the audit record: appended, never changed.
/// Who, when and from where are kept on the stored envelope; the payload says what. Payloads are plain
/// records with stable names so their serialised form stays canonical (the log may be hash-chained later).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(MemoCreated), nameof(MemoCreated))]
[JsonDerivedType(typeof(MemoEdited), nameof(MemoEdited))]
[JsonDerivedType(typeof(AttachmentAdded), nameof(AttachmentAdded))]
[JsonDerivedType(typeof(MemoSubmitted), nameof(MemoSubmitted))]
[JsonDerivedType(typeof(MemoResubmitted), nameof(MemoResubmitted))]
[JsonDerivedType(typeof(StepOpened), nameof(StepOpened))]
[JsonDerivedType(typeof(StepEndorsed), nameof(StepEndorsed))]
[JsonDerivedType(typeof(MemoApproved), nameof(MemoApproved))]
[JsonDerivedType(typeof(MemoRejected), nameof(MemoRejected))]
[JsonDerivedType(typeof(MemoReturned), nameof(MemoReturned))]
[JsonDerivedType(typeof(MemoAcknowledged), nameof(MemoAcknowledged))]
[JsonDerivedType(typeof(MemoRecalled), nameof(MemoRecalled))]
[JsonDerivedType(typeof(ReminderSent), nameof(ReminderSent))]
[JsonDerivedType(typeof(StepEscalated), nameof(StepEscalated))]
[JsonDerivedType(typeof(StepReassigned), nameof(StepReassigned))]
public abstract record MemoEvent
{
    [JsonIgnore]
    public string Type => GetType().Name;
}

/// <summary>
/// A draft was written. <paramref name="Content"/> and <paramref name="OriginatorPositionTitle"/> are null on events
/// recorded before issue 11, which carried only the subject and the route; the subject stays where it always was,
/// so every creation reads the same whatever its age.
/// </summary>
public sealed record MemoCreated(string Subject, string RouteId, MemoContent? Content = null, string? OriginatorPositionTitle = null) : MemoEvent;

/// <summary>The originator changed the memo's text: the whole new content (null on events recorded before issue 11, which carried only the subject).</summary>
public sealed record MemoEdited(string Subject, MemoContent? Content = null) : MemoEvent;

public sealed record AttachmentAdded(Guid AttachmentId, string FileName, long Size, string Sha256) : MemoEvent;

public sealed record MemoSubmitted(string Number, int RegisterYear, int Sequence, string RouteId, int RouteVersion, int Round) : MemoEvent;

public sealed record MemoResubmitted(int Round) : MemoEvent;

public sealed record StepOpened(string StepId, string Position, int Round, DateTimeOffset? DueAt) : MemoEvent;

/// <summary>Base of the events that a person's act at a step records: these are the endorsements printed on the memo.</summary>
public abstract record StepActed(string StepId, int Round, Capacity Capacity) : MemoEvent;

public sealed record StepEndorsed(string StepId, int Round, Capacity Capacity, string? Comment) : StepActed(StepId, Round, Capacity);

public sealed record MemoApproved(string StepId, int Round, Capacity Capacity, string? Comment) : StepActed(StepId, Round, Capacity);

public sealed record MemoRejected(string StepId, int Round, Capacity Capacity, string Reason) : StepActed(StepId, Round, Capacity);

public sealed record MemoReturned(string StepId, int Round, Capacity Capacity, string Reason) : StepActed(StepId, Round, Capacity);

public sealed record MemoAcknowledged(string StepId, int Round, Capacity Capacity, string? Comment) : StepActed(StepId, Round, Capacity);

public sealed record MemoRecalled(string? StepId, int Round) : MemoEvent;

/// <param name="Next">When the sweep looks at the step again; null on reminders recorded before issue 11, which did not say.</param>
public sealed record ReminderSent(string StepId, int Round, int Reminder, IReadOnlyList<string> Recipients, ReminderFollowUp? Next = null) : MemoEvent;

/// <summary>The reminder sweep's next look at a step: <paramref name="At"/> null when nothing is left to send.</summary>
public sealed record ReminderFollowUp(DateTimeOffset? At);

/// <summary>An administrator moved the waiting step to another position; the reason is on the record and in print.</summary>
public sealed record StepReassigned(string StepId, int Round, string FromPosition, string ToPosition, string Reason) : MemoEvent;

public sealed record StepEscalated(string StepId, int Round, string ToPosition, IReadOnlyList<string> Recipients) : MemoEvent;
