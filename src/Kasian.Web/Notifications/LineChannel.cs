using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kasian.Web.Data;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Notifications;

/// <summary>
/// LINE Messaging API push (LINE Notify was shut down on 2025-03-31): POST /v2/bot/message/push with the
/// channel access token. X-Line-Retry-Key is the delivery id, so LINE itself drops a retried duplicate.
/// </summary>
public sealed class LineChannel(IHttpClientFactory http, IOptions<NotificationOptions> options) : INotificationChannel
{
    public const string HttpClientName = "kasian-line";

    private NotificationOptions.LineOptions Line => options.Value.Line;

    public string Name => "line";

    public string? AddressOf(Person person) =>
        !string.IsNullOrWhiteSpace(person.LineUserId) && !string.IsNullOrWhiteSpace(Line.ChannelToken) ? person.LineUserId : null;

    public async Task SendAsync(OutgoingMessage message, Person recipient, string address, CancellationToken ct)
    {
        var text = message.Text;
        // LINE caps a text message at 5,000 characters.
        if (text.Length > 5000) text = text[..4990] + "…";
        using var request = new HttpRequestMessage(HttpMethod.Post, Line.BaseUrl.TrimEnd('/') + "/v2/bot/message/push")
        {
            Content = JsonContent.Create(new { to = address, messages = new[] { new { type = "text", text } } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Line.ChannelToken);
        request.Headers.Add("X-Line-Retry-Key", message.DeliveryId.ToString());
        using var response = await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        // 409 with a retry key means LINE already accepted this very message.
        if (response.StatusCode == System.Net.HttpStatusCode.Conflict) return;
        DeliveryFailedException.ThrowUnlessSuccess(response);
    }
}
