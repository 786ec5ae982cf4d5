using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Kasian.Web.Features.Admin.People;

/// <summary>An administrator sets a new password for someone who forgot theirs (a person changes their own at /api/me/password).</summary>
public sealed record ResetPassword(Guid Id, string? Password) : IRequest<Result<PersonView>>, IAdministration;

public sealed record ResetPasswordBody(string? Password);

public sealed class ResetPasswordHandler(KasianDbContext db, RequestActor actor, IPasswordHasher<Person> hasher, TimeProvider clock)
    : IRequestHandler<ResetPassword, Result<PersonView>>
{
    public async ValueTask<Result<PersonView>> Handle(ResetPassword request, CancellationToken ct)
    {
        var signedIn = actor.Current;
        if (await PersonViews.FindAsync(db, signedIn.OrganisationId, request.Id, ct) is not { } person) return Problem.NotFound("The person");
        var checks = new Checks();
        PersonFields.Password(checks, "password", request.Password);
        if (checks.Problem is { } invalid) return invalid;
        if (PersonInput.GuardInstallationAdministrator(signedIn, person.Roles, person.Roles, "reset the password of") is { } forbidden) return forbidden;

        var now = clock.GetUtcNow();
        person.PasswordHash = hasher.HashPassword(person, request.Password!);
        Audit.Record(db, actor, now, "person.password-reset", nameof(Person), person.Id.Value, new { person.Username });
        await db.SaveChangesAsync(ct);
        return await PersonViews.LoadOneAsync(db, person.OrganisationId, ThaiDate.BangkokDate(now), person.Id.Value, ct);
    }
}

public static class ResetPasswordEndpoint
{
    public static void Map(RouteGroupBuilder people) =>
        people.MapPost("/{id:guid}/password", async (Guid id, ResetPasswordBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ResetPassword(id, body.Password), ct)).ToHttp(Results.Ok))
            .Produces<PersonView>()
            .WithName(nameof(ResetPassword))
            .WithSummary("Set a new password for a person (administrators); the audit record never holds it.");
}
