using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;

namespace Kasian.Web.Auth;

public static class AuthSetup
{
    /// <summary>The API accepts bearer tokens only, so no browser cookie can ever carry a cross-site request into it.</summary>
    public const string ApiPolicy = "api";

    /// <summary>OWASP's figure for PBKDF2-HMAC-SHA512 (Identity's V3 format); older hashes are brought up to it at their next sign-in.</summary>
    public const int PasswordIterations = 210_000;

    private const string SessionEnded = "The token's session has ended.";

    /// <summary>What a 401 says when a token's session has ended, whoever found it ended.</summary>
    public const string SessionEndedDetail = "This token's session has ended (signed out, revoked by an administrator, or the account deactivated); get a new one from POST /api/auth/token.";

    public static IServiceCollection AddKasianAuth(this IServiceCollection services)
    {
        services.AddSingleton<TokenIssuer>();
        services.Configure<PasswordHasherOptions>(o =>
        {
            o.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3;
            o.IterationCount = PasswordIterations;
        });
        services.AddSingleton<IPasswordHasher<Data.Person>, PasswordHasher<Data.Person>>();
        services.AddSingleton<UnknownAccount>();
        services.AddScoped<SignInLimits>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<Sessions>();
        services.AddScoped<Pages.CookieSignIn>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TokenIssuer, TimeProvider>((o, issuer, clock) =>
            {
                o.MapInboundClaims = false;
                o.TimeProvider = clock;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = TokenIssuer.Issuer,
                    ValidAudience = TokenIssuer.Audience,
                    IssuerSigningKey = issuer.SigningKey,
                    NameClaimType = "unique_name",
                    ClockSkew = TimeSpan.FromSeconds(30),
                    RequireExpirationTime = true,
                    // Lifetimes are checked on the one clock that issued them (the library would use the machine's; tests move ours
                    // days ahead). A validator of our own replaces the library's, RequireExpirationTime included: a token without
                    // an expiry is refused here, or it would be good for ever.
                    LifetimeValidator = (notBefore, expires, _, parameters) =>
                    {
                        var now = clock.GetUtcNow().UtcDateTime;
                        return expires is not null
                            && (notBefore is null || notBefore.Value <= now + parameters.ClockSkew)
                            && expires.Value >= now - parameters.ClockSkew;
                    },
                };
                o.Events = new JwtBearerEvents
                {
                    OnTokenValidated = async ctx =>
                    {
                        // A signature proves only that Kasian issued the token; its session says whether it still stands
                        // (signed out, revoked by an administrator, the person deactivated). The memo actions check it
                        // in their own first read instead (ChecksSessionInAction).
                        if (ctx.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ChecksSessionInAction>() is not null
                            && Sessions.IdOf(ctx.Principal) is { } pending)
                        {
                            ctx.HttpContext.Features.Set(new PendingSessionCheck(pending));
                        }
                        else
                        {
                            var db = ctx.HttpContext.RequestServices.GetRequiredService<Data.KasianDbContext>();
                            if (!await Sessions.IsOpenAsync(db, ctx.Principal!, "sub", clock.GetUtcNow(), ctx.HttpContext.RequestAborted))
                            {
                                ctx.Fail(SessionEnded);
                                return;
                            }
                        }
                        // One claim name for the person id whichever scheme signed the user in.
                        var sub = ctx.Principal!.FindFirst("sub")!.Value;
                        (ctx.Principal.Identity as ClaimsIdentity)?.AddClaim(new Claim(ClaimTypes.NameIdentifier, sub));
                    },
                    OnChallenge = async ctx =>
                    {
                        ctx.HandleResponse();
                        await Common.ProblemWriter.WriteAsync(ctx.HttpContext, new Common.Problem(401, "unauthorized", "Sign in first",
                            ctx.AuthenticateFailure?.Message == SessionEnded
                                ? SessionEndedDetail
                                : "This request needs a valid bearer token from POST /api/auth/token."));
                    },
                    OnForbidden = ctx => Common.ProblemWriter.WriteAsync(ctx.HttpContext, Common.Problem.Forbidden("forbidden", "Your account may not do this.")),
                };
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser());
        return services;
    }
}
