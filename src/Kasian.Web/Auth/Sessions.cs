using System.Security.Claims;
using Kasian.Core.Memos;
using Kasian.Web.Data;
using Kasian.Web.Data.Sql;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Auth;

/// <summary>Starts, ends and checks <see cref="SignInSession"/>s: the server's side of every cookie and token.</summary>
public sealed class Sessions(KasianDbContext db, TimeProvider clock)
{
    /// <summary>The claim naming the session, in the cookie and in the token alike.</summary>
    public const string ClaimType = "sid";

    public async Task<SignInSession> StartAsync(Person person, SessionKind kind, DateTimeOffset expiresAt, string? address, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // Finished sessions are of no more use: cleared as their person signs in again, so the table stays the size of who is signed in.
        await db.SignInSessions.Where(s => s.PersonId == person.Id && (s.ExpiresAt <= now || s.EndedAt != null)).ExecuteDeleteAsync(ct);
        var session = new SignInSession
        {
            PersonId = person.Id,
            Kind = kind,
            StartedAt = now,
            ExpiresAt = expiresAt,
            Address = address is { Length: <= AuthModel.MaxAddress } ? address : null,
        };
        db.SignInSessions.Add(session);
        await db.SaveChangesAsync(ct);
        db.Entry(session).State = EntityState.Detached;
        return session;
    }

    /// <summary>Signing out: the credential's session is ended, so a copy of the cookie kept from before is refused after.</summary>
    public async Task EndAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (IdOf(user) is not { } id) return;
        var now = clock.GetUtcNow();
        await db.SignInSessions.Where(s => s.Id == id && s.EndedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), ct);
    }

    public static Guid? IdOf(ClaimsPrincipal? user) => Guid.TryParse(user?.FindFirstValue(ClaimType), out var id) ? id : null;

    /// <summary>
    /// Whether the credential's session is still open: not ended, not past its absolute end, its person still active.
    /// Runs on every authenticated request, so it is one statement: the session by primary key joined to its person
    /// by primary key (one round trip; on SQLite, in-process).
    /// </summary>
    public static async Task<bool> IsOpenAsync(KasianDbContext db, ClaimsPrincipal user, string personClaim, DateTimeOffset now, CancellationToken ct) =>
        IdOf(user) is { } id && Guid.TryParse(user.FindFirstValue(personClaim), out var person)
        && await IsOpenAsync(db, new PersonId(person), id, now, ct);

    public static async Task<bool> IsOpenAsync(KasianDbContext db, PersonId person, Guid id, DateTimeOffset now, CancellationToken ct)
    {
        var open = false;
        await using (var session = await SqlSessions.ForReadingAsync(db, ct))
            await session.QueryAsync([Query(session, id)], async (_, rows) => open = await ReadOpenAsync(session, rows, person, now, ct), ct);
        return open;
    }

    /// <summary>Reads what <see cref="Query"/> returns: whether the session is open and belongs to <paramref name="person"/>.</summary>
    public static async Task<bool> ReadOpenAsync(SqlSession session, System.Data.Common.DbDataReader rows, PersonId person, DateTimeOffset now, CancellationToken ct) =>
        await rows.ReadAsync(ct) && session.Map<SignInSession>().Read(rows) is { EndedAt: null } found
        && found.PersonId == person && found.ExpiresAt > now;

    /// <summary>The session by primary key, joined to its person by primary key, if that person is active: one statement, batchable with others.</summary>
    public static SqlStatement Query(SqlSession session, Guid id)
    {
        var (sessions, people) = (session.Map<SignInSession>(), session.Map<Person>());
        var sql = sessions.Statement("open", s =>
            $"""
            SELECT {s.SelectList("s")}
            FROM {RowMap.Quote(s.Table)} s
            JOIN {RowMap.Quote(people.Table)} p ON p.{people.Quoted(nameof(Person.Id))} = s.{s.Quoted(nameof(SignInSession.PersonId))}
            WHERE s.{s.Quoted(nameof(SignInSession.Id))} = @session AND p.{people.Quoted(nameof(Person.Active))} = @active
            """);
        return new SqlStatement(sql, (command, first) =>
        {
            sessions[nameof(SignInSession.Id)].Bind(command, first, id, "session");
            people[nameof(Person.Active)].Bind(command, first + 1, true, "active");
            return first + 2;
        });
    }
}
