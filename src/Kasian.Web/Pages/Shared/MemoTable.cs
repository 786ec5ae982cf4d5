using Kasian.Web.Features.Memos;
using Kasian.Web.Memos;

namespace Kasian.Web.Pages.Shared;

public enum MemoTableMode
{
    Inbox,
    Sent,
    Search,
}

/// <summary>What the memo table partial shows: a page of a list, and for Sent where each memo stands now.</summary>
public sealed record MemoTable(MemoTableMode Mode, MemoPage Page, IReadOnlyDictionary<Guid, StepView> Where, string EmptyKey, Func<int, string> PageLink)
{
    public int Pages => Math.Max(1, (Page.Total + Page.PageSize - 1) / Page.PageSize);
}
