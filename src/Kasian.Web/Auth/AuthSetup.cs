using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Kasian.Web.Auth;

public static class AuthSetup
{
    /// <summary>The API accepts bearer tokens only, so no browser cookie can ever carry a cross-site request into it.</summary>
    public const string ApiPolicy = "api";

    public static IServiceCollection AddKasianAuth(this IServiceCollection services)
    {
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<IPasswordHasher<Data.Person>, PasswordHasher<Data.Person>>();
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
                    // Lifetimes are checked on the one clock that issued them (the library would use the machine's; tests move ours days ahead).
                    LifetimeValidator = (notBefore, expires, _, parameters) =>
                    {
                        var now = clock.GetUtcNow().UtcDateTime;
                        return (notBefore is null || notBefore.Value <= now + parameters.ClockSkew)
                            && (expires is null || expires.Value >= now - parameters.ClockSkew);
                    },
                };
                o.Events = new JwtBearerEvents
                {
                    OnTokenValidated = ctx =>
                    {
                        // One claim name for the person id whichever scheme signed the user in.
                        var sub = ctx.Principal?.FindFirst("sub")?.Value;
                        if (sub is not null) (ctx.Principal!.Identity as ClaimsIdentity)?.AddClaim(new Claim(ClaimTypes.NameIdentifier, sub));
                        return Task.CompletedTask;
                    },
                    OnChallenge = async ctx =>
                    {
                        ctx.HandleResponse();
                        await Common.ProblemWriter.WriteAsync(ctx.HttpContext, new Common.Problem(401, "unauthorized", "Sign in first",
                            "This request needs a valid bearer token from POST /api/auth/token."));
                    },
                    OnForbidden = ctx => Common.ProblemWriter.WriteAsync(ctx.HttpContext, Common.Problem.Forbidden("forbidden", "Your account may not do this.")),
                };
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser());
        return services;
    }
}
