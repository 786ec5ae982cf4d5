using Kasian.Core.Memos;

namespace Kasian.Core.Engine;

/// <summary>What someone asks the engine to do to a memo. Step actions name the step they act on, so a stale page or a double click never acts twice.</summary>
public abstract record MemoCommand;

/// <summary>Submit a draft, or resubmit after a return or recall. <paramref name="Number"/> is taken from the register for a first submission and is null after.</summary>
public sealed record Submit(MemoNumber? Number) : MemoCommand;

public sealed record Recall : MemoCommand;

/// <summary>Write a new draft on the route the context names, signed in the originator's own post.</summary>
public sealed record Create(MemoContent Content, string OriginatorPositionTitle) : MemoCommand;

/// <summary>Change the memo's text while it is with the originator (a draft, or after a return or recall): the whole new content.</summary>
public sealed record Revise(MemoContent Content) : MemoCommand;

/// <summary>Add a file while the memo is with the originator.</summary>
public sealed record Attach(Guid AttachmentId, string FileName, long Size, string Sha256) : MemoCommand;

public abstract record StepCommand(string StepId) : MemoCommand;

/// <summary>An administrator moves a stuck step to another position (its holder is away, the post is vacant). The host has checked that the position exists in the office.</summary>
public sealed record Reassign(string StepId, string ToPosition, string? Reason) : MemoCommand;

public sealed record Endorse(string StepId, string? Comment) : StepCommand(StepId);

public sealed record Approve(string StepId, string? Comment) : StepCommand(StepId);

public sealed record Reject(string StepId, string? Reason) : StepCommand(StepId);

public sealed record ReturnForRevision(string StepId, string? Reason) : StepCommand(StepId);

public sealed record Acknowledge(string StepId, string? Comment) : StepCommand(StepId);

/// <summary>The reminder sweep reminds the people who may act at a step that is overdue (<paramref name="Reminder"/> counts from 1).</summary>
public sealed record Remind(string StepId, int Round, int Reminder, IReadOnlyList<string> Recipients) : MemoCommand;

/// <summary>The reminder sweep escalates an overdue step to its route's <c>escalateTo</c> position, after its last reminder.</summary>
public sealed record Escalate(string StepId, int Round, IReadOnlyList<string> Recipients) : MemoCommand;
