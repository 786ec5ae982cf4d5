using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Features.Admin;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Me;

/// <summary>A person changes their own password; the current one proves it is them and not whoever found the session open.</summary>
public sealed record ChangePassword(string? CurrentPassword, string? NewPassword) : IRequest<Result<PasswordChanged>>;

public sealed record PasswordChanged(string Username);

public sealed class ChangePasswordHandler(KasianDbContext db, RequestActor actor, IPasswordHasher<Person> hasher, TimeProvider clock)
    : IRequestHandler<ChangePassword, Result<PasswordChanged>>
{
    public const string WrongPassword = "wrong-current-password";

    public async ValueTask<Result<PasswordChanged>> Handle(ChangePassword request, CancellationToken ct)
    {
        var checks = new Checks();
        if (string.IsNullOrEmpty(request.CurrentPassword)) checks.Fail("currentPassword", "The current password is required.");
        PersonFields.Password(checks, "newPassword", request.NewPassword);
        if (checks.Problem is { } invalid) return invalid;

        // Tracked, unlike the actor loaded for the request, so that the new hash is what SaveChanges writes.
        var person = await db.People.SingleAsync(p => p.Id == actor.Current.Person.Id, ct);
        if (hasher.VerifyHashedPassword(person, person.PasswordHash, request.CurrentPassword!) == PasswordVerificationResult.Failed)
            return new Problem(400, WrongPassword, "Wrong password", "The current password is wrong; nothing was changed.",
                new Dictionary<string, string[]> { ["currentPassword"] = ["The current password is wrong."] });
        if (request.NewPassword == request.CurrentPassword)
            return Problem.Invalid("newPassword", "The new password is the same as the current one.");

        person.PasswordHash = hasher.HashPassword(person, request.NewPassword!);
        Audit.Record(db, actor, clock.GetUtcNow(), "person.password-changed", nameof(Person), person.Id.Value, new { person.Username, by = "self" });
        await db.SaveChangesAsync(ct);
        return new PasswordChanged(person.Username);
    }
}

public static class ChangePasswordEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/password", async (ChangePassword request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(request, ct)).ToHttp(_ => Results.NoContent()))
            .WithTags("My account")
            .Produces(StatusCodes.Status204NoContent)
            .WithName(nameof(ChangePassword))
            .WithSummary("Change my own password: the current one and a new one of 10 to 128 characters. 204; 400 wrong-current-password.");
}
