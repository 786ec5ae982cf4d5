using Kasian.Web.Auth;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Auth;

public sealed record IssueToken(string? Username, string? Password) : IRequest<Result<TokenResponse>>, IAnonymousRequest;

public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt, string TokenType = "Bearer");

public sealed class IssueTokenHandler(KasianDbContext db, IPasswordHasher<Person> hasher, TokenIssuer issuer)
    : IRequestHandler<IssueToken, Result<TokenResponse>>
{
    private static readonly Problem BadCredentials = new(401, "invalid-credentials", "Sign-in failed", "The username or password is wrong.");

    public async ValueTask<Result<TokenResponse>> Handle(IssueToken request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Username) || string.IsNullOrEmpty(request.Password)) return BadCredentials;
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Username == request.Username.Trim(), ct);
        // One answer for "no such user" and "wrong password", so the endpoint does not reveal who has an account.
        if (person is not { Active: true } || hasher.VerifyHashedPassword(person, person.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
            return BadCredentials;
        var (token, expires) = issuer.Issue(person);
        return new TokenResponse(token, expires);
    }
}

public static class IssueTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/auth/token", async (IssueToken request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(request, ct)).ToHttp(Results.Ok))
            .AllowAnonymous()
            .WithName(nameof(IssueToken))
            .WithSummary("Exchange a username and password for a bearer token.");
}
