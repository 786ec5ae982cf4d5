using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Notifications;

/// <summary>A text message a LINE user sent to the Official Account, from a webhook whose signature was good.</summary>
public sealed record LineTextMessage(string UserId, string Text);

/// <summary>What the webhook answers LINE (which reads only the status): how many accounts the call linked.</summary>
public sealed record LineWebhookAnswer(int Linked);

/// <summary>Links the LINE accounts whose messages carry a live linking code (<see cref="StartLineLink"/>); anything else is ignored.</summary>
public sealed record LinkLineAccounts(IReadOnlyList<LineTextMessage> Messages) : IRequest<int>, IAnonymousRequest;

public sealed class LinkLineAccountsHandler(KasianDbContext db, TimeProvider clock, ILogger<LinkLineAccountsHandler> log) : IRequestHandler<LinkLineAccounts, int>
{
    public async ValueTask<int> Handle(LinkLineAccounts request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var linked = 0;
        foreach (var message in request.Messages)
        {
            if (message.Text.Length > 64 || message.UserId.Length is 0 or > 64) continue;
            var hash = LineCodes.Hash(message.Text);
            var profile = await db.NotificationProfiles.SingleOrDefaultAsync(p => p.LineCodeHash == hash && p.LineCodeExpiresAt > now, ct);
            if (profile is null) continue;
            var person = await db.People.SingleAsync(p => p.Id == profile.PersonId, ct);
            person.LineUserId = message.UserId;
            // One time only: the code is spent whether or not the person sends it again.
            profile.LineCodeHash = null;
            profile.LineCodeExpiresAt = null;
            await db.SaveChangesAsync(ct);
            log.LogInformation("LINE account linked to {Person}", person.Username);
            linked++;
        }
        return linked;
    }
}

/// <summary>
/// <c>POST /api/line/webhook</c>, called by the LINE platform. The body is trusted only when X-Line-Signature is the
/// base64 HMAC-SHA256 of its exact bytes under the channel secret (compared in constant time); otherwise 401 and nothing changes.
/// </summary>
public static class LineWebhook
{
    public const string SignatureHeader = "X-Line-Signature";

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/line/webhook", async (HttpRequest http, IMediator mediator, IOptions<NotificationOptions> options, CancellationToken ct) =>
            {
                using var buffer = new MemoryStream();
                await http.Body.CopyToAsync(buffer, ct);
                var body = buffer.ToArray();
                var secret = options.Value.Line.ChannelSecret;
                if (string.IsNullOrEmpty(secret))
                    return Problem.Conflict("line-not-configured", "This installation has no LINE channel secret (Kasian:Notifications:Line:ChannelSecret).").ToHttp();
                if (!SignatureMatches(secret, body, http.Headers[SignatureHeader].ToString()))
                    return Problem.Unauthorized("X-Line-Signature is missing or is not the HMAC-SHA256 of the body under the channel secret.").ToHttp();
                if (TextMessages(body) is not { } messages)
                    return Problem.Invalid("body", "The body is not a LINE webhook's JSON.").ToHttp();
                return Results.Ok(new LineWebhookAnswer(await mediator.Send(new LinkLineAccounts(messages), ct)));
            })
            .AllowAnonymous()
            .Produces<LineWebhookAnswer>()
            .WithTags("Notifications").WithName("LineWebhook")
            .WithSummary("The LINE Messaging API webhook: a text message carrying a linking code links the sender's LINE account. Signed by LINE (X-Line-Signature).");

    public static string Sign(string secret, byte[] body) => Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static bool SignatureMatches(string secret, byte[] body, string? signature)
    {
        if (string.IsNullOrEmpty(signature)) return false;
        Span<byte> given = stackalloc byte[64];
        if (!Convert.TryFromBase64String(signature, given, out var length)) return false;
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
        return CryptographicOperations.FixedTimeEquals(expected, given[..length]);
    }

    /// <summary>The text messages from users in the events; null when the body is not the webhook's JSON at all.</summary>
    private static List<LineTextMessage>? TextMessages(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array) return null;
            var messages = new List<LineTextMessage>();
            foreach (var e in events.EnumerateArray())
            {
                if (e.ValueKind != JsonValueKind.Object || Text(e, "type") != "message") continue;
                if (!e.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object || Text(message, "type") != "text") continue;
                if (!e.TryGetProperty("source", out var source) || source.ValueKind != JsonValueKind.Object) continue;
                if (Text(source, "userId") is { } userId && Text(message, "text") is { } text) messages.Add(new LineTextMessage(userId, text));
            }
            return messages;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
