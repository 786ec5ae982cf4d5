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
/// <param name="Choice">On the inbox, the memos that may be decided together (a checkbox each), and which are ticked.</param>
public sealed record MemoTable(MemoTableMode Mode, MemoPage Page, IReadOnlyDictionary<Guid, StepView> Where, string EmptyKey, Func<int, string> PageLink,
    BulkChoice? Choice = null)
{
    public int Pages => Math.Max(1, (Page.Total + Page.PageSize - 1) / Page.PageSize);
}

/// <summary>The memos of an inbox page that can be endorsed or approved together: the step each waits at, by memo.</summary>
public sealed record BulkChoice(IReadOnlyDictionary<Guid, StepView> Steps, IReadOnlySet<string> Ticked)
{
    /// <summary>A checkbox's value: the memo and the step seen, so a memo that moved on meanwhile is refused, not acted on twice.</summary>
    public static string Value(Guid memo, string stepId) => $"{memo:N}:{stepId}";

    public static BulkItem Parse(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && Guid.TryParseExact(value[..colon], "N", out var id) ? new BulkItem(id, value[(colon + 1)..]) : new BulkItem(null, null);
    }

    public bool Offers(string action) => Steps.Values.Any(s => s.Action == (action == "approve" ? "decide" : action));
}
