using Microsoft.AspNetCore.WebUtilities;

namespace Kasian.Web.Notifications;

/// <summary>
/// A receiver said no. The message is the status code and its standard name only: the receiver's own words (its
/// body, even its reason phrase) are never read, so whatever a hostile receiver answers never reaches a page.
/// </summary>
public sealed class DeliveryFailedException(string message) : Exception(message)
{
    public static void ThrowUnlessSuccess(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode) return;
        var status = (int)response.StatusCode;
        throw new DeliveryFailedException($"HTTP {status} {ReasonPhrases.GetReasonPhrase(status)}".TrimEnd());
    }
}
