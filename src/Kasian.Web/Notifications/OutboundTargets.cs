using System.Net;
using System.Net.Sockets;

namespace Kasian.Web.Notifications;

/// <summary>What an address is, as far as calling it from Kasian goes.</summary>
public enum TargetKind
{
    Public,
    Loopback,

    /// <summary>10/8, 172.16/12, 192.168/16, 100.64/10 (carrier-grade NAT), fc00::/7.</summary>
    Private,

    /// <summary>169.254/16 and fe80::/10: where cloud metadata services answer (169.254.169.254).</summary>
    LinkLocal,

    Unspecified,
    Multicast,
}

/// <summary>
/// Where Kasian's outbound calls (webhooks, LINE) may go. A person's webhook URL could otherwise make Kasian call
/// something only the server can reach: a database's admin port, an internal service, the cloud metadata service
/// with its credentials. So the URL is checked when it is saved, and again when sending, after Kasian resolves the
/// name itself and connects only to an address it has vetted — a name that resolved to a public address when it was
/// saved and to 127.0.0.1 now (DNS rebinding) is refused at the connection. Redirects are not followed.
/// <para>
/// <c>Kasian:Notifications:AllowPrivateTargets=true</c> lets loopback and private addresses through, for tests and
/// for an office whose receiver really is on its own network; link-local, unspecified and multicast addresses stay refused.
/// </para>
/// </summary>
public static class OutboundTargets
{
    public static TargetKind Classify(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var b = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
            return b[0] switch
            {
                0 => TargetKind.Unspecified,
                127 => TargetKind.Loopback,
                10 => TargetKind.Private,
                172 when (b[1] & 0xF0) == 16 => TargetKind.Private,
                192 when b[1] == 168 => TargetKind.Private,
                100 when (b[1] & 0xC0) == 64 => TargetKind.Private,
                169 when b[1] == 254 => TargetKind.LinkLocal,
                >= 224 => TargetKind.Multicast, // 224/4 multicast, 240/4 reserved and the broadcast address
                _ => TargetKind.Public,
            };
        if (address.Equals(IPAddress.IPv6Any)) return TargetKind.Unspecified;
        if (address.Equals(IPAddress.IPv6Loopback)) return TargetKind.Loopback;
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal) return TargetKind.LinkLocal;
        if (address.IsIPv6Multicast) return TargetKind.Multicast;
        if ((b[0] & 0xFE) == 0xFC) return TargetKind.Private;
        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address that a gateway would call for us.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4..12].All(x => x == 0)) return Classify(new IPAddress(b[12..16]));
        if (b[0] == 0x20 && b[1] == 0x02) return Classify(new IPAddress(b[2..6]));
        return TargetKind.Public;
    }

    public static bool MayCall(IPAddress address, bool allowPrivate) => Classify(address) switch
    {
        TargetKind.Public => true,
        TargetKind.Loopback or TargetKind.Private => allowPrivate,
        _ => false,
    };

    /// <summary>
    /// Why Kasian will not call <paramref name="url"/>, or null. Only what the URL itself says is checked here (an
    /// address, or a localhost name); a name is checked against what it resolves to at every send, not at saving,
    /// so that saving never waits on DNS.
    /// </summary>
    public static string? RefusalFor(string url, bool allowPrivate)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            return "it must be an absolute http(s) URL";
        var host = uri.IdnHost.Trim('[', ']');
        if (IPAddress.TryParse(host, out var address))
            return MayCall(address, allowPrivate) ? null : $"{uri.Host} is a {Words(Classify(address))} address";
        if (!allowPrivate && (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)))
            return $"{uri.Host} is this server itself (loopback)";
        return null;
    }

    /// <summary>The handler behind the webhook and LINE clients: Kasian resolves, vets and connects; no proxy, no redirects, no cookies.</summary>
    public static SocketsHttpHandler Handler(bool allowPrivate) => new()
    {
        AllowAutoRedirect = false,
        // A proxy would resolve the name itself, out of reach of the check.
        UseProxy = false,
        UseCookies = false,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, allowPrivate, ct),
    };

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowPrivate, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(endpoint.Host, ct);
        var vetted = addresses.Where(a => MayCall(a, allowPrivate)).ToArray();
        if (addresses.Length == 0) throw new OutboundTargetRefusedException($"Refused: {endpoint.Host} resolves to no address.");
        if (vetted.Length == 0)
            throw new OutboundTargetRefusedException(
                $"Refused: {endpoint.Host} resolves to a {string.Join(", ", addresses.Select(a => Words(Classify(a))).Distinct())} address, which Kasian does not call.");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(vetted, endpoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static string Words(TargetKind kind) => kind switch
    {
        TargetKind.Loopback => "loopback",
        TargetKind.Private => "private",
        TargetKind.LinkLocal => "link-local",
        TargetKind.Unspecified => "unspecified",
        TargetKind.Multicast => "multicast or reserved",
        _ => "public",
    };
}

/// <summary>An outbound call refused before connecting: its message is short and says only what Kasian decided.</summary>
public sealed class OutboundTargetRefusedException(string message) : Exception(message);
