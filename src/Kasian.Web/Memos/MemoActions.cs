using System.Data.Common;
using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Thai;
using Kasian.Web.Auth;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Data.Sql;
using Kasian.Web.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Memos;

/// <summary>Where a memo stands right after an accepted action: enough for a caller who does not need the whole memo back.</summary>
public sealed record MemoActed(MemoId Id, MemoStatus Status, string? CurrentStepId, int Version)
{
    /// <summary>The memo row as this action committed it: what the whole answer describes (<see cref="MemoActions.DescribeAsync"/>).</summary>
    internal Memo? Written { get; init; }
}

/// <summary>
/// The one path by which the engine's decisions reach the database: load the memo and the actor,
/// ask the engine, append its events and update the projection in one transaction, commit.
/// Every action use case (submit, endorse, approve, ...) goes through here.
/// </summary>
public sealed class MemoActions(
    KasianDbContext db, SqlSessions sessions, WorkflowLibrary workflows, OfficeCalendars calendars, TimeProvider clock, RequestActor user, VacancyNotices vacancies,
    Chain.RecordSealer sealer, Notifications.TurnSignal turns, ILogger<MemoActions> log)
{
    private const int MaxAttempts = 3;

    private static readonly Problem Conflicted = Problem.ConcurrentAction();

    /// <summary>Acts, then describes the memo as the API and pages show it, as of this action's commit.</summary>
    /// <param name="attachment">The file an accepted <see cref="Attach"/> stores.</param>
    public async Task<Result<MemoDetails>> ActAsync(Guid memoId, MemoCommand command, CancellationToken ct, Attachment? attachment = null)
    {
        var acted = await ActBrieflyAsync(memoId, command, ct, attachment);
        return acted.IsSuccess ? await DescribeAsync(acted.Value!, ct) : acted.Problem!;
    }

    /// <summary>
    /// The whole memo as the action left it: built from the row it committed and the events up to its own, not read
    /// back afresh, so a writer who came in after the commit (the next approver, a reminder) does not show in this answer.
    /// </summary>
    public async Task<Result<MemoDetails>> DescribeAsync(MemoActed acted, CancellationToken ct) =>
        acted.Written is { } written
            ? await MemoDetails.OfAsync(db, workflows, written, clock.GetUtcNow(), ct)
            : await MemoDetails.LoadAsync(db, workflows, acted.Id, clock.GetUtcNow(), ct) ?? (Result<MemoDetails>)Problem.NotFound("The memo");

    /// <summary>
    /// Acts without reading the memo back: the hot path of an approver working through an inbox, whose client
    /// asked for the brief answer (<c>Prefer: return=minimal</c>). Reading back costs more than the action itself.
    /// </summary>
    public async Task<Result<MemoActed>> ActBrieflyAsync(Guid memoId, MemoCommand command, CancellationToken ct, Attachment? attachment = null)
    {
        if (user.Id is not { } personId) return Problem.Unauthorized();
        await using var session = await sessions.ForWritingAsync(db, ct);
        // A writer that changed the memo between our read and our commit may only have appended a reminder,
        // which moves the concurrency token but not the step. Deciding again on a fresh read tells the two
        // apart: the action still stands, or the engine now refuses it (step-moved-on, already-decided).
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var result = await ActOnceAsync(session, personId, memoId, command, attachment, ct);
                if (!ReferenceEquals(result.Problem, Conflicted) || attempt == MaxAttempts) return result;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            session.Fault();
            throw;
        }
    }

    private async Task<Result<MemoActed>> ActOnceAsync(SqlSession session, PersonId personId, Guid memoId, MemoCommand command, Attachment? attachment, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // The actor, the memo and (for a bearer token) its session in one round trip to a server; any may be missing.
        (Person, Actor)? loaded = null;
        LoadedMemo? row = null;
        var sessionOpen = true;
        SqlStatement[] reads = user.PendingSession is { } pending
            ? [ActorLoader.Query(session, personId), MemoStore.Query(session, new MemoId(memoId), personId), Sessions.Query(session, pending)]
            : [ActorLoader.Query(session, personId), MemoStore.Query(session, new MemoId(memoId), personId)];
        await session.QueryAsync(reads, async (query, rows) =>
        {
            if (query == 0) loaded = await ActorLoader.ReadAsync(session, rows, ThaiDate.BangkokDate(now), ct);
            else if (query == 1) row = await MemoStore.ReadAsync(session, rows, ct);
            else sessionOpen = await Sessions.ReadOpenAsync(session, rows, personId, now, ct);
        }, ct);
        if (!sessionOpen) return Problem.Unauthorized(AuthSetup.SessionEndedDetail);
        if (loaded is not var (person, actor) || !person.Active)
            return Problem.Unauthorized("The signed-in account no longer exists or has been deactivated.");
        user.Use(new SignedIn(person, actor));
        if (row is null) return Problem.NotFound("The memo");
        var memo = row.Memo;
        if (sessions.BetweenReadAndWrite is { } race) await race(memoId, ct);
        var route = memo.RouteVersion is { } version
            ? workflows.Routes.Find(new(memo.RouteId, version))
            : workflows.Routes.FindLatest(memo.RouteId);
        if (route is null) return Problem.Conflict("route-unavailable", $"Route '{memo.RouteId}' is no longer loaded.");
        // Deadlines count the memo's own office's holidays; from memory, except once a minute per office.
        var calendar = await calendars.ForAsync(memo.OrganisationId, ct);

        // A submission must not send the memo to a post nobody holds today: read who is in post now, not from a cache.
        var staffed = command is Submit ? await StaffedPositions.LoadAsync(db, memo.OrganisationId, ThaiDate.BangkokDate(now), ct) : null;

        await session.BeginAsync(ct);
        if (command is Submit && memo.Sequence is null)
            command = new Submit(await RegisterNumbers.TakeNextAsync(session, memo.OrganisationId, ThaiDate.BangkokDate(now), ct));

        var decision = MemoEngine.Decide(new DecisionContext(route, actor, now, calendar, staffed), row.State, command);
        if (decision.Refusal is { } refusal)
        {
            // Rolling back returns a number taken for a refused submission: the register stays gap-free.
            await session.RollbackAsync(ct);
            if (RepeatedActs.MayBeRepeat(command, refusal) && await RepeatedActs.FindAsync(db, memo, personId, (StepCommand)command, ct) is { } first)
            {
                log.LogInformation("{Command} of memo {Memo} by {Person} repeated; answered with its first result", command.GetType().Name, memoId, person.Username);
                return first;
            }
            return refusal.ToProblem();
        }

        IReadOnlyList<MemoEventRecord>? events;
        try
        {
            events = await MemoStore.AppendAsync(session, row, decision.Events, EventActor.Of(person, user.Address), now,
                attachment is null ? [] : [session.Map<Attachment>().Insert(attachment, "a")], ct);
            if (events is null)
            {
                await session.RollbackAsync(ct);
                return Conflicted;
            }
            await session.CommitAsync(ct);
        }
        catch (DbException e) when (IsUniqueViolation(e))
        {
            await session.RollbackAsync(ct);
            return Conflicted;
        }
        sealer.Wake();
        if (sessions.AfterCommit is { } after) await after(memoId, ct);
        turns.Wake();
        if (staffed is null) await vacancies.NoticeAsync(db, memo, events, decision.Events, now, ct);
        return new MemoActed(memo.Id, memo.Status, memo.CurrentStepId, memo.LastSequence) { Written = memo };
    }

    /// <summary>The (memo, sequence) unique index caught a second writer: the same conflict as a stale concurrency token.</summary>
    internal static bool IsUniqueViolation(Exception? e) => e switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteErrorCode == 19,
        Npgsql.PostgresException p => p.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.SqlClient.SqlException q => q.Number is 2601 or 2627,
        DbUpdateException u => IsUniqueViolation(u.InnerException),
        _ => false,
    };
}
