using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Memos;

/// <summary>
/// The one path by which the engine's decisions reach the database: load the memo and the actor,
/// ask the engine, append its events and update the projection in one transaction, commit.
/// Every action use case (submit, endorse, approve, ...) goes through here.
/// </summary>
public sealed class MemoActions(KasianDbContext db, WorkflowLibrary workflows, TimeProvider clock, ICurrentUser user)
{
    /// <param name="onAccepted">Changes to the memo's own fields that go with an accepted command (an edit's new text).</param>
    public async Task<Result<MemoDetails>> ActAsync(Guid memoId, MemoCommand command, CancellationToken ct, Action<Memo>? onAccepted = null)
    {
        if (user.Id is not { } personId) return new Problem(401, "unauthorized", "Sign in first", "No signed-in user.");
        var now = clock.GetUtcNow();
        var loaded = await ActorLoader.LoadAsync(db, personId, ThaiDate.BangkokDate(now), ct);
        if (loaded is not var (person, actor)) return new Problem(401, "unauthorized", "Sign in first", "The signed-in account no longer exists.");

        var id = new MemoId(memoId);
        var memo = await db.Memos.SingleOrDefaultAsync(m => m.Id == id && m.OrganisationId == person.OrganisationId, ct);
        if (memo is null) return Problem.NotFound("The memo");

        var route = memo.RouteVersion is { } version
            ? workflows.Routes.Find(new(memo.RouteId, version))
            : workflows.Routes.FindLatest(memo.RouteId);
        if (route is null) return Problem.Conflict("route-unavailable", $"Route '{memo.RouteId}' is no longer loaded.");

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (command is Submit && memo.Sequence is null)
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == memo.OrganisationId, ct);
            command = new Submit(await RegisterNumbers.TakeNextAsync(db, organisation, ThaiDate.BangkokDate(now), ct));
        }

        var decision = MemoEngine.Decide(new DecisionContext(route, actor, now, workflows.Calendar), MemoEventLog.StateOf(memo), command);
        if (decision.Refusal is { } refusal)
        {
            // Rolling back returns a number taken for a refused submission: the register stays gap-free.
            await tx.RollbackAsync(ct);
            return refusal.ToProblem();
        }

        onAccepted?.Invoke(memo);
        MemoEventLog.Append(db, memo, decision.Events, EventActor.Of(person, user.Address), now);
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || IsUniqueViolation(e))
        {
            await tx.RollbackAsync(ct);
            return Problem.ConcurrentAction();
        }
        return await MemoDetails.LoadAsync(db, workflows, memo.Id, now, ct) ?? (Result<MemoDetails>)Problem.NotFound("The memo");
    }

    /// <summary>The (memo, sequence) unique index caught a second writer: the same conflict as a stale concurrency token.</summary>
    internal static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteErrorCode == 19,
        Npgsql.PostgresException p => p.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.SqlClient.SqlException q => q.Number is 2601 or 2627,
        _ => false,
    };
}
