using System.Security.Cryptography;
using System.Text;
using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Notifications;

/// <summary>
/// Starts linking my LINE account without typing a user id: a one-time code that I send to the office's LINE
/// Official Account, whose webhook (<see cref="LineWebhook"/>) then knows my LINE user id. Asking again replaces the code.
/// </summary>
public sealed record StartLineLink : IRequest<Result<LineLinkCode>>;

/// <param name="Code">Shown once; only its hash is kept.</param>
/// <param name="AddFriendUrl">The Official Account's add-friend link, when configured (the page shows it as a QR code).</param>
public sealed record LineLinkCode(string Code, DateTimeOffset ExpiresAt, string ExpiresAtThai, string? AddFriendUrl);

public sealed class StartLineLinkHandler(KasianDbContext db, RequestActor user, TimeProvider clock, IOptions<NotificationOptions> options)
    : IRequestHandler<StartLineLink, Result<LineLinkCode>>
{
    public async ValueTask<Result<LineLinkCode>> Handle(StartLineLink request, CancellationToken ct)
    {
        var line = options.Value.Line;
        if (string.IsNullOrWhiteSpace(line.ChannelToken) || string.IsNullOrWhiteSpace(line.ChannelSecret))
            return Problem.Conflict("line-not-configured", "This installation has no LINE Official Account (Kasian:Notifications:Line:ChannelToken and ChannelSecret).");
        var id = user.Current.Person.Id;
        var code = LineCodes.New();
        var expires = clock.GetUtcNow() + line.LinkCodeLifetime;
        var profile = await db.NotificationProfiles.SingleOrDefaultAsync(p => p.PersonId == id, ct);
        if (profile is null) db.NotificationProfiles.Add(profile = new NotificationProfile { PersonId = id });
        profile.LineCodeHash = LineCodes.Hash(code);
        profile.LineCodeExpiresAt = expires;
        await db.SaveChangesAsync(ct);
        return new LineLinkCode(code, expires, ThaiDate.ShortWithTime(expires), string.IsNullOrWhiteSpace(line.AddFriendUrl) ? null : line.AddFriendUrl);
    }
}

/// <summary>The codes: eight characters without look-alikes (no 0/O, 1/I/L), shown as ABCD-EFGH, hashed at rest.</summary>
public static class LineCodes
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New()
    {
        var chars = new char[8];
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}";
    }

    /// <summary>What a person typed into LINE, as the code it means: case, spaces, dashes and Thai digits do not matter.</summary>
    public static string Normalise(string text) =>
        new(ThaiDigits.ToLatin(text).ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray());

    public static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(code))));
}

public static class StartLineLinkEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/me/notifications/line-code", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new StartLineLink(), ct)).ToHttp(Results.Ok))
            .Produces<LineLinkCode>()
            .WithTags("Notifications").WithName(nameof(StartLineLink))
            .WithSummary("A one-time code to send to the office's LINE Official Account, which links my LINE account to Kasian.");
}
