using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Common;

/// <summary>
/// One page of a list, the same way in every list endpoint: pages start at 1; a page past the last is an empty
/// page that still says which page was asked for and how many items there are in all, never the first page again.
/// </summary>
public readonly record struct Paging(int Page, int PageSize)
{
    /// <summary>The page asked for (1 when none), or a 400 naming <c>page</c>.</summary>
    public static Result<Paging> From(int? page, int pageSize) =>
        page is null or >= 1 ? new Paging(page ?? 1, pageSize) : Problem.Invalid("page", "page starts at 1.");

    /// <summary>How many items come before this page; a long, so that page 2,147,483,647 does not wrap round to a negative offset.</summary>
    public long Offset => (long)(Page - 1) * PageSize;

    /// <summary>This page of <paramref name="ordered"/>, which holds <paramref name="total"/> items; past the last page, none, without asking the database.</summary>
    public async Task<List<T>> ReadAsync<T>(IQueryable<T> ordered, int total, CancellationToken ct) =>
        Offset >= total ? [] : await ordered.Skip((int)Offset).Take(PageSize).ToListAsync(ct);
}
