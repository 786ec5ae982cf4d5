using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kasian.Web.Data;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Notifications;

/// <summary>
/// A generic webhook: a JSON POST signed with HMAC-SHA256 over the exact body bytes
/// (<c>X-Kasian-Signature: sha256=&lt;hex&gt;</c>). The body carries its own timestamp, which the
/// signature therefore covers, so a receiver can refuse old replays; X-Kasian-Timestamp repeats it.
/// </summary>
public sealed class WebhookChannel(IHttpClientFactory http, IOptions<NotificationOptions> options, TimeProvider clock) : INotificationChannel
{
    public const string HttpClientName = "kasian-webhook";
    public const string SignatureHeader = "X-Kasian-Signature";
    public const string TimestampHeader = "X-Kasian-Timestamp";
    public const string DeliveryHeader = "X-Kasian-Delivery";

    private NotificationOptions.WebhookOptions Webhook => options.Value.Webhook;

    public string Name => "webhook";

    public string? AddressOf(Person person) =>
        string.IsNullOrWhiteSpace(Webhook.Secret) ? null : person.WebhookUrl;

    public async Task SendAsync(OutgoingMessage message, Person recipient, string address, CancellationToken ct)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = message.Kind,
            delivery = message.DeliveryId,
            memoId = message.MemoId,
            recipient = recipient.Username,
            title = message.Title,
            text = message.Text,
            link = message.Link,
            timestamp,
        }, Memos.EventJson.Options);
        using var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        request.Headers.Add(SignatureHeader, Sign(Webhook.Secret!, body));
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(DeliveryHeader, message.DeliveryId.ToString());
        using var response = await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        DeliveryFailedException.ThrowUnlessSuccess(response);
    }

    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
