using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Organisation;
using Kasian.Core.Thai;
using Kasian.Web.Data;
using Kasian.Web.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Memos;

public sealed record NumberView(string Th, string Latin);

public sealed record PersonRef(string Username, string DisplayName);

public sealed record CapacityView(string Position, string Kind, string Text, string? Order = null)
{
    public static CapacityView Of(Capacity c) => new(c.Position, c.Kind.ToString().ToLowerInvariant(), c.Text, c.Order);
}

/// <summary>An administrator moved a waiting step to another position: shown with the step's block in print.</summary>
public sealed record ReassignmentView(string StepId, int Round, string ToPosition, string ToTitle, string Reason, PersonRef By, DateTimeOffset At);

public sealed record StepView(string Id, string Title, string Position, string Action, DateTimeOffset? OpenedAt, DateTimeOffset? DueAt, bool Overdue, IReadOnlyList<AssigneeView> Assignees);

public sealed record AssigneeView(string Username, string DisplayName, CapacityView Capacity);

public sealed record EndorsementView(string StepId, string StepTitle, int Round, string Action, string? Comment, PersonRef Actor, CapacityView Capacity, DateTimeOffset At, string AtThai);

public sealed record AttachmentView(Guid Id, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset AddedAt);

/// <summary>A memo as the API and the pages show it: the form's fields, where it stands, and every endorsement.</summary>
public sealed record MemoDetails(
    Guid Id,
    string Status,
    string RouteId,
    int? RouteVersion,
    NumberView? Number,
    string Unit,
    string? UnitPhone,
    string Subject,
    string To,
    string Body,
    string Urgency,
    DateOnly? Date,
    string? DateThai,
    PersonRef Originator,
    string OriginatorPosition,
    int Round,
    StepView? CurrentStep,
    IReadOnlyList<EndorsementView> Endorsements,
    IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<ReassignmentView> Reassignments,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public static async Task<MemoDetails?> LoadAsync(KasianDbContext db, WorkflowLibrary workflows, MemoId id, DateTimeOffset now, CancellationToken ct)
    {
        var memo = await db.Memos.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        return memo is null ? null : await OfAsync(db, workflows, memo, now, ct);
    }

    /// <summary>
    /// The memo as of <paramref name="memo"/>'s row: its endorsements, reassignments and attachments are those of
    /// events up to the row's last sequence, so a writer that appended after that row was written does not show.
    /// An action passes the row it has just committed, and its answer is the memo as its own commit left it.
    /// </summary>
    public static async Task<MemoDetails> OfAsync(KasianDbContext db, WorkflowLibrary workflows, Memo memo, DateTimeOffset now, CancellationToken ct)
    {
        var id = memo.Id;
        var originator = await db.People.AsNoTracking().Where(p => p.Id == memo.OriginatorId)
            .Select(p => new PersonRef(p.Username, p.DisplayName)).SingleAsync(ct);
        var events = await db.MemoEvents.AsNoTracking()
            .Where(e => e.MemoId == id && e.Sequence <= memo.LastSequence && (ShownTypes.Contains(e.Type)))
            .OrderBy(e => e.Sequence).ToListAsync(ct);
        var reassignments = await ReassignmentsAsync(db, memo.OrganisationId, events.Where(e => e.Type == nameof(StepReassigned)).ToList(), ct);
        var attached = events.Where(e => e.Type == nameof(AttachmentAdded)).Select(e => ((AttachmentAdded)EventJson.Deserialize(e.Payload)).AttachmentId).ToHashSet();
        events = events.Where(e => EndorsementTypes.Contains(e.Type)).ToList();
        var attachments = (await db.Attachments.AsNoTracking().Where(a => a.MemoId == id).OrderBy(a => a.AddedAt)
            .Select(a => new AttachmentView(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.AddedAt)).ToListAsync(ct))
            .Where(a => attached.Contains(a.Id)).ToList();

        var route = memo.RouteVersion is { } v ? workflows.Routes.Find(new(memo.RouteId, v)) : workflows.Routes.FindLatest(memo.RouteId);
        string Title(string stepId) => route?.Steps.FirstOrDefault(s => s.Id == stepId)?.Title ?? stepId;

        var current = (await CurrentSteps.DescribeAsync(db, workflows, [memo], now, ct)).GetValueOrDefault(memo.Id);

        return new MemoDetails(
            memo.Id.Value, memo.Status.ToCode(), memo.RouteId, memo.RouteVersion,
            memo.Number is null ? null : new NumberView(memo.Number, ThaiDigits.ToLatin(memo.Number)),
            memo.Unit, memo.UnitPhone, memo.Subject, memo.To, memo.Body, memo.Urgency.ToCode(),
            memo.MemoDate, memo.MemoDate is { } d ? ThaiDate.LongForm(d) : null,
            originator, memo.OriginatorPositionTitle, memo.Round, current,
            events.Select(e => ToEndorsement(e, Title)).ToList(), attachments, reassignments,
            memo.CreatedAt, memo.UpdatedAt, memo.LastSequence);
    }

    /// <summary>The events printed on the memo as endorsements.</summary>
    private static readonly string[] EndorsementTypes =
        [nameof(StepEndorsed), nameof(MemoApproved), nameof(MemoRejected), nameof(MemoReturned), nameof(MemoAcknowledged)];

    /// <summary>The events the memo's answer is built from: endorsements, reassignments, and the attachments added.</summary>
    private static readonly string[] ShownTypes = [.. EndorsementTypes, nameof(StepReassigned), nameof(AttachmentAdded)];

    private static async Task<List<ReassignmentView>> ReassignmentsAsync(KasianDbContext db, Guid organisation, List<MemoEventRecord> records, CancellationToken ct)
    {
        if (records.Count == 0) return [];
        var moves = records.Select(r => (Record: r, Event: (StepReassigned)EventJson.Deserialize(r.Payload))).ToList();
        var codes = moves.Select(m => m.Event.ToPosition).Distinct().ToList();
        var titles = await db.Positions.AsNoTracking().Where(p => p.OrganisationId == organisation && codes.Contains(p.Code))
            .ToDictionaryAsync(p => p.Code, p => p.Title, ct);
        return moves.Select(m => new ReassignmentView(m.Event.StepId, m.Event.Round, m.Event.ToPosition, titles.GetValueOrDefault(m.Event.ToPosition) ?? m.Event.ToPosition,
            m.Event.Reason, new PersonRef(m.Record.ActorUsername ?? "", m.Record.ActorName ?? ""), m.Record.At)).ToList();
    }

    private static EndorsementView ToEndorsement(MemoEventRecord record, Func<string, string> title)
    {
        var e = (StepActed)EventJson.Deserialize(record.Payload);
        var (action, comment) = e switch
        {
            StepEndorsed x => ("endorse", x.Comment),
            MemoApproved x => ("approve", x.Comment),
            MemoRejected x => ("reject", x.Reason),
            MemoReturned x => ("return", x.Reason),
            MemoAcknowledged x => ("acknowledge", x.Comment),
            _ => ("unknown", null),
        };
        return new EndorsementView(e.StepId, title(e.StepId), e.Round, action, comment,
            new PersonRef(record.ActorUsername ?? "", record.ActorName ?? ""), CapacityView.Of(e.Capacity), record.At, ThaiDate.ShortWithTime(record.At));
    }
}
