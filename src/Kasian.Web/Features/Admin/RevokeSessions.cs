using Kasian.Core.Memos;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin;

/// <summary>
/// Ends every session a person of the office has open, pages and tokens alike: a lost phone, a shared computer,
/// a token that leaked. Each credential is refused at its next request, on every node. The person can sign in
/// again; to keep them out, deactivate the account (which also refuses their credentials at once).
/// </summary>
public sealed record RevokeSessions(Guid PersonId) : IRequest<Result<SessionsRevoked>>, IAdministration;

/// <param name="Ended">How many open sessions were ended (0 when none was open).</param>
public sealed record SessionsRevoked(Guid PersonId, string Username, int Ended, DateTimeOffset At);

public sealed class RevokeSessionsHandler(KasianDbContext db, RequestActor actor, TimeProvider clock)
    : IRequestHandler<RevokeSessions, Result<SessionsRevoked>>
{
    public async ValueTask<Result<SessionsRevoked>> Handle(RevokeSessions request, CancellationToken ct)
    {
        var id = new PersonId(request.PersonId);
        var person = await db.People.AsNoTracking()
            .Where(p => p.Id == id && p.OrganisationId == actor.Current.OrganisationId)
            .Select(p => new { p.Username })
            .SingleOrDefaultAsync(ct);
        if (person is null) return Problem.NotFound("The person");

        var now = clock.GetUtcNow();
        // Tracked rather than a bulk update, so the sessions' end and the audit record commit together.
        var open = await db.SignInSessions.Where(s => s.PersonId == id && s.EndedAt == null && s.ExpiresAt > now).ToListAsync(ct);
        foreach (var session in open) session.EndedAt = now;
        Audit.Record(db, actor, now, "person.sessions-revoked", nameof(Person), request.PersonId,
            new { person.Username, ended = open.Count, kinds = open.Select(s => s.Kind.ToString()).Distinct().Order().ToArray() });
        await db.SaveChangesAsync(ct);
        return new SessionsRevoked(request.PersonId, person.Username, open.Count, now);
    }
}

public static class RevokeSessionsEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapPost("/people/{id:guid}/revoke-sessions", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RevokeSessions(id), ct)).ToHttp(Results.Ok))
            .Produces<SessionsRevoked>()
            .WithName(nameof(RevokeSessions))
            .WithSummary("End every session (page sign-ins and bearer tokens) of a person of your office, at once (administrators).");
}
