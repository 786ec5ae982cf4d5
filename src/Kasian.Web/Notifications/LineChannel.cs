using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kasian.Web.Data;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Notifications;

/// <summary>
/// LINE Messaging API push (LINE Notify was shut down on 2025-03-31) of a Flex message: POST /v2/bot/message/push with the
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
        using var request = new HttpRequestMessage(HttpMethod.Post, Line.BaseUrl.TrimEnd('/') + "/v2/bot/message/push")
        {
            Content = JsonContent.Create(new { to = address, messages = new[] { Flex(message) } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Line.ChannelToken);
        request.Headers.Add("X-Line-Retry-Key", message.DeliveryId.ToString());
        using var response = await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        // 409 with a retry key means LINE already accepted this very message.
        if (response.StatusCode == System.Net.HttpStatusCode.Conflict) return;
        DeliveryFailedException.ThrowUnlessSuccess(response);
    }

    /// <summary>
    /// A Flex message: the title in bold, the text, and a button that opens the memo. The link is the button's, so the
    /// text's own last line ("เปิดบันทึก: …") is left out; altText is what a notification banner or an old client shows.
    /// </summary>
    public static object Flex(OutgoingMessage message)
    {
        var text = message.Text;
        var linkLine = text.LastIndexOf("\n\nเปิดบันทึก: ", StringComparison.Ordinal);
        if (linkLine > 0) text = text[..linkLine];
        return new
        {
            type = "flex",
            altText = Cut(message.Title, 400),
            contents = new
            {
                type = "bubble",
                body = new
                {
                    type = "box",
                    layout = "vertical",
                    spacing = "md",
                    contents = new object[]
                    {
                        new { type = "text", text = Cut(message.Title, 500), weight = "bold", wrap = true },
                        new { type = "text", text = Cut(text, 2000), size = "sm", wrap = true },
                    },
                },
                footer = new
                {
                    type = "box",
                    layout = "vertical",
                    contents = new object[]
                    {
                        new { type = "button", style = "primary", action = new { type = "uri", label = "เปิดบันทึก", uri = message.Link } },
                    },
                },
            },
        };
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
