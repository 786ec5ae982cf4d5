namespace Kasian.Web.Notifications;

/// <summary>A receiver said no; the message (status and the start of its answer) is what an administrator sees.</summary>
public sealed class DeliveryFailedException(string message) : Exception(message)
{
    public static async Task ThrowUnlessSuccessAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode) return;
        var text = await response.Content.ReadAsStringAsync(ct);
        if (text.Length > 300) text = text[..300];
        throw new DeliveryFailedException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}: {text}");
    }
}
