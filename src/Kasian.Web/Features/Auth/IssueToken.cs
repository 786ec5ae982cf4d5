using Kasian.Web.Auth;
using Kasian.Web.Common;
using Mediator;

namespace Kasian.Web.Features.Auth;

public sealed record IssueToken(string? Username, string? Password) : IRequest<Result<TokenResponse>>, IAnonymousRequest;

public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt, string TokenType = "Bearer");

/// <summary>
/// A token is a session of its own (<see cref="SignInSession"/>): an administrator can revoke it, and it ends
/// at once when its person is deactivated, though its signature would still verify.
/// </summary>
public sealed class IssueTokenHandler(PasswordSignIn signIn, Sessions sessions, TokenIssuer issuer, ICurrentUser user)
    : IRequestHandler<IssueToken, Result<TokenResponse>>
{
    public async ValueTask<Result<TokenResponse>> Handle(IssueToken request, CancellationToken ct)
    {
        // One answer for "no such user" and "wrong password", so the endpoint does not reveal who has an account.
        var checkedIn = await signIn.CheckAsync(request.Username, request.Password, user.Address, ct);
        if (checkedIn.Problem is { } refused) return refused;
        var session = await sessions.StartAsync(checkedIn.Value!, SessionKind.Token, issuer.ExpiryFromNow(), user.Address, ct);
        return new TokenResponse(issuer.Issue(checkedIn.Value!, session), session.ExpiresAt);
    }
}

public static class IssueTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/auth/token", async (IssueToken request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(request, ct)).ToHttp(Results.Ok))
            .AllowAnonymous()
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName(nameof(IssueToken))
            .WithSummary("Exchange a username and password for a bearer token. Failed attempts are limited per account and per address (429 with Retry-After).");
}
