using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Memos;

/// <summary>Where a memo stands right after an accepted action: enough for a caller who does not need the whole memo back.</summary>
public sealed record MemoActed(MemoId Id, MemoStatus Status, string? CurrentStepId, int Version);

/// <summary>
/// The one path by which the engine's decisions reach the database: load the memo and the actor,
/// ask the engine, append its events and update the projection in one transaction, commit.
/// Every action use case (submit, endorse, approve, ...) goes through here.
/// </summary>
public sealed class MemoActions(KasianDbContext db, WorkflowLibrary workflows, TimeProvider clock, ICurrentUser user)
{
    private const int MaxAttempts = 3;

    private static readonly Problem Conflicted = Problem.ConcurrentAction();

    private static readonly CompiledQuery<Func<KasianDbContext, MemoId, Guid, CancellationToken, Task<Memo?>>> MemoInOrganisation = new(() =>
        EF.CompileAsyncQuery((KasianDbContext db, MemoId id, Guid organisationId, CancellationToken ct) =>
            db.Memos.SingleOrDefault(m => m.Id == id && m.OrganisationId == organisationId)));

    /// <summary>Acts, then reads the memo back as the API and pages show it.</summary>
    /// <param name="onAccepted">Changes to the memo's own fields that go with an accepted command (an edit's new text).</param>
    public async Task<Result<MemoDetails>> ActAsync(Guid memoId, MemoCommand command, CancellationToken ct, Action<Memo>? onAccepted = null)
    {
        var acted = await ActBrieflyAsync(memoId, command, ct, onAccepted);
        return acted.IsSuccess ? await DescribeAsync(acted.Value!.Id, ct) : acted.Problem!;
    }

    public async Task<Result<MemoDetails>> DescribeAsync(MemoId id, CancellationToken ct) =>
        await MemoDetails.LoadAsync(db, workflows, id, clock.GetUtcNow(), ct) ?? (Result<MemoDetails>)Problem.NotFound("The memo");

    /// <summary>
    /// Acts without reading the memo back: the hot path of an approver working through an inbox, whose client
    /// asked for the brief answer (<c>Prefer: return=minimal</c>). Reading back costs more than the action itself.
    /// </summary>
    public async Task<Result<MemoActed>> ActBrieflyAsync(Guid memoId, MemoCommand command, CancellationToken ct, Action<Memo>? onAccepted = null)
    {
        if (user.Id is not { } personId) return new Problem(401, "unauthorized", "Sign in first", "No signed-in user.");
        // One connection for the whole action rather than one per query: fewer pool round trips on every provider.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // A writer that changed the memo between our read and our commit may only have appended a reminder,
            // which moves the concurrency token but not the step. Deciding again on a fresh read tells the two
            // apart: the action still stands, or the engine now refuses it (step-moved-on, already-decided).
            for (var attempt = 1; ; attempt++)
            {
                var result = await ActOnOpenConnectionAsync(personId, memoId, command, onAccepted, ct);
                if (!ReferenceEquals(result.Problem, Conflicted) || attempt == MaxAttempts) return result;
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<Result<MemoActed>> ActOnOpenConnectionAsync(PersonId personId, Guid memoId, MemoCommand command, Action<Memo>? onAccepted, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var loaded = await ActorLoader.LoadAsync(db, personId, ThaiDate.BangkokDate(now), ct);
        if (loaded is not var (person, actor)) return new Problem(401, "unauthorized", "Sign in first", "The signed-in account no longer exists.");

        var id = new MemoId(memoId);
        var memo = await MemoInOrganisation.For(db)(db, id, person.OrganisationId, ct);
        if (memo is null) return Problem.NotFound("The memo");

        var route = memo.RouteVersion is { } version
            ? workflows.Routes.Find(new(memo.RouteId, version))
            : workflows.Routes.FindLatest(memo.RouteId);
        if (route is null) return Problem.Conflict("route-unavailable", $"Route '{memo.RouteId}' is no longer loaded.");

        // Any failure rolls the whole transaction back, so the savepoint EF Core would set before SaveChanges inside
        // our transaction buys nothing; it costs a statement (a round trip on PostgreSQL) per action.
        db.Database.AutoSavepointsEnabled = false;
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
            return Conflicted;
        }
        return new MemoActed(memo.Id, memo.Status, memo.CurrentStepId, memo.LastSequence);
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
