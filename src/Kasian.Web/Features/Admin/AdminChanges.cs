using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Memos;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin;

/// <summary>What every administration change shares: one way to commit, and one answer to a unique clash.</summary>
public static class AdminChanges
{
    /// <summary>A second unit, position code or username where one must be unique.</summary>
    public static Problem Duplicate(string detail) => Problem.Conflict("duplicate", detail);

    /// <summary>
    /// Commits the change with its audit record. Handlers check for duplicates first, for a clear answer;
    /// two administrators saving the same name at once both pass that check, and the unique index then stops
    /// the second, which gets the same answer instead of a 500.
    /// </summary>
    public static async Task<Problem?> SaveAsync(KasianDbContext db, Problem onDuplicate, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException e) when (MemoActions.IsUniqueViolation(e))
        {
            return onDuplicate;
        }
    }
}

/// <summary>A list answer, in an object so that paging or totals can be added without breaking clients.</summary>
public sealed record Listing<T>(IReadOnlyList<T> Items);
