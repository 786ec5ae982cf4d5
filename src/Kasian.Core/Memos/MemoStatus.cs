namespace Kasian.Core.Memos;

public enum MemoStatus
{
    Draft,
    Pending,
    Approved,
    Rejected,
    Acknowledged,
    Returned,
    Recalled,
}

public static class MemoStatusExtensions
{
    /// <summary>A closed memo can no longer move: the route has ended it.</summary>
    public static bool IsClosed(this MemoStatus status) =>
        status is MemoStatus.Approved or MemoStatus.Rejected or MemoStatus.Acknowledged;

    /// <summary>The originator may edit and (re)submit: a draft, or a memo sent back or withdrawn.</summary>
    public static bool IsWithOriginator(this MemoStatus status) =>
        status is MemoStatus.Draft or MemoStatus.Returned or MemoStatus.Recalled;

    public static string ToCode(this MemoStatus status) => status.ToString().ToLowerInvariant();
}
