using System.Data;
using Kasian.Core.Memos;
using Kasian.Core.Organisation;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin.Appointments;

/// <summary>One appointment's days in one position, for the overlap rules.</summary>
public sealed record AppointmentSpan(Guid Id, PersonId PersonId, string DisplayName, CapacityKind Kind, DateOnly From, DateOnly? To)
{
    public bool Overlaps(AppointmentSpan other) =>
        From <= (other.To ?? DateOnly.MaxValue) && other.From <= (To ?? DateOnly.MaxValue);

    public override string ToString() =>
        $"{DisplayName} ({AppointmentKinds.Code(Kind)}) from {From:yyyy-MM-dd} until {(To is { } to ? to.ToString("yyyy-MM-dd") : "further notice")}";
}

/// <summary>
/// Who may stand in a position on the same days: one holder at a time, and nobody acting or delegated in a post
/// they hold themselves (the capacity line would read "X รักษาราชการแทน X").
/// </summary>
public static class AppointmentRules
{
    public static async Task<List<AppointmentSpan>> InPositionAsync(KasianDbContext db, Guid positionId, CancellationToken ct)
    {
        var rows = await (
                from a in db.Appointments.AsNoTracking()
                join p in db.People on a.PersonId equals p.Id
                where a.PositionId == positionId
                select new { a.Id, a.PersonId, p.DisplayName, a.Kind, a.From, a.To })
            .ToListAsync(ct);
        return rows.Select(r => new AppointmentSpan(r.Id, r.PersonId, r.DisplayName, r.Kind, r.From, r.To)).ToList();
    }

    /// <summary>
    /// Checks each candidate against the other appointments to its position and, if none breaks a rule, applies
    /// <paramref name="change"/> and commits, all in one serializable transaction. No index can say "one holder on any
    /// day", and two administrators appointing at once would both pass a check made outside it: SQLite takes its write
    /// lock at the start (the second waits, then sees the first's row); PostgreSQL lets both run and aborts one.
    /// </summary>
    /// <param name="onDuplicate">The answer when a unique index stops the change (a username in a CSV import); null where none can.</param>
    public static async Task<Problem?> SaveCheckedAsync(KasianDbContext db, IEnumerable<(Guid PositionId, string PositionCode, AppointmentSpan Span)> candidates,
        Action change, CancellationToken ct, Problem? onDuplicate = null)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            var inPositions = new Dictionary<Guid, List<AppointmentSpan>>();
            foreach (var (positionId, code, span) in candidates)
            {
                if (!inPositions.TryGetValue(positionId, out var others)) inPositions[positionId] = others = await InPositionAsync(db, positionId, ct);
                if (Clash(others, span, code) is { } clash) return clash;
                others.Add(span);
            }
            change();
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return null;
        }
        catch (Exception e) when (IsSerializationFailure(e))
        {
            return Problem.Conflict("concurrent-change", "Someone changed the same appointments at the same moment; nothing was saved. Look again and retry.");
        }
        catch (DbUpdateException e) when (onDuplicate is not null && Kasian.Web.Memos.MemoActions.IsUniqueViolation(e))
        {
            return onDuplicate;
        }
    }

    private static bool IsSerializationFailure(Exception? e) => e switch
    {
        Npgsql.PostgresException p => p.SqlState is Npgsql.PostgresErrorCodes.SerializationFailure or Npgsql.PostgresErrorCodes.DeadlockDetected,
        Microsoft.Data.SqlClient.SqlException q => q.Number == 1205,
        null => false,
        _ => IsSerializationFailure(e.InnerException),
    };

    /// <summary>The first rule <paramref name="candidate"/> breaks against the position's other appointments, or null.</summary>
    public static Problem? Clash(IEnumerable<AppointmentSpan> samePosition, AppointmentSpan candidate, string positionCode)
    {
        foreach (var other in samePosition.Where(o => o.Id != candidate.Id && o.Overlaps(candidate)))
        {
            if (candidate.Kind == CapacityKind.Holder && other.Kind == CapacityKind.Holder)
                return Problem.Conflict("overlapping-holder",
                    $"'{positionCode}' already has a holder on some of these days: {other}. "
                    + "A position has one holder at a time; end that appointment first or choose other dates.");
            if (other.PersonId != candidate.PersonId) continue;
            if ((candidate.Kind == CapacityKind.Holder) != (other.Kind == CapacityKind.Holder))
                return Problem.Conflict("acting-in-own-post",
                    $"{candidate.DisplayName} cannot both hold '{positionCode}' and act in it on the same days: {other}.");
            return Problem.Conflict("overlapping-appointment",
                $"{candidate.DisplayName} already has an appointment to '{positionCode}' on some of these days: {other}. Change that one instead.");
        }
        return null;
    }
}
