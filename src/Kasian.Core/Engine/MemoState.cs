using Kasian.Core.Memos;

namespace Kasian.Core.Engine;

/// <summary>
/// A memo as its events make it: every fact of the memo row that comes from the log, folded by
/// <see cref="MemoEngine.Evolve"/> and nowhere else. The host reads it from the row to decide, and writes it back to
/// the row after the events, in one place. The current step is the bookmark: waiting for an approver is this stored
/// state, not a running process. <see cref="CurrentPosition"/> is who it waits for: the step's position, or another one
/// an administrator reassigned it to.
/// </summary>
public sealed record MemoState(
    MemoStatus Status,
    PersonId Originator,
    MemoContent Content,
    string? CurrentStepId,
    int Round,
    string? CurrentPosition = null)
{
    public Urgency Urgency => Content.Urgency;

    public bool HasNumber => Sequence is not null;

    public string RouteId { get; init; } = "";

    public string OriginatorPositionTitle { get; init; } = "";

    /// <summary>Fixed at first submission: a memo keeps the route version it was submitted on.</summary>
    public int? RouteVersion { get; init; }

    /// <summary>ที่ as printed (Thai digits), with the register's year and running number it came from.</summary>
    public string? Number { get; init; }

    public int? RegisterYear { get; init; }

    public int? Sequence { get; init; }

    /// <summary>วันที่: the day of first submission, Bangkok time.</summary>
    public DateOnly? MemoDate { get; init; }

    public DateTimeOffset? StepOpenedAt { get; init; }

    public DateTimeOffset? DueAt { get; init; }

    /// <summary>When the reminder sweep next looks at the memo: the due time when a step opens, after each reminder the next one's time, null once the step closes or escalates.</summary>
    public DateTimeOffset? NextReminderAt { get; init; }

    public int RemindersSent { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The last change a person made: reminders and escalations are on the record but leave it alone.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>How many events the memo has: the sequence of its latest, and its concurrency token. Zero before it is created.</summary>
    public int LastSequence { get; init; }

    /// <summary>Facts that events recorded before issue 11 did not carry, so a replay cannot know them.</summary>
    public Unrecorded Unrecorded { get; init; }

    /// <summary>A memo not yet created, to be written by <paramref name="originator"/>.</summary>
    public static MemoState Unwritten(PersonId originator) => new(MemoStatus.Draft, originator, MemoContent.Empty, null, 0);

    public static MemoState NewDraft(PersonId originator, Urgency urgency) =>
        Unwritten(originator) with { Content = MemoContent.Empty with { Urgency = urgency } };
}

/// <summary>What a replay of old events cannot tell (see <see cref="MemoState.Unrecorded"/>).</summary>
[Flags]
public enum Unrecorded
{
    None = 0,

    /// <summary>Unit, phone, addressee, body and urgency: an old creation or edit carried only the subject.</summary>
    Content = 1,

    /// <summary>An old creation did not say the post the originator signs in.</summary>
    OriginatorPositionTitle = 2,

    /// <summary>An old reminder did not say when the sweep looks again; the next step opened or closed says it anew.</summary>
    NextReminderAt = 4,
}

/// <summary>The person acting, with every capacity they hold today.</summary>
public sealed record Actor(PersonId Id, IReadOnlyList<Organisation.Capacity> Capacities)
{
    /// <summary>Kasian itself (the reminder sweep): no person, no capacity.</summary>
    public static Actor System { get; } = new(default, []);
}
