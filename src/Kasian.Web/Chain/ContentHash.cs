using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kasian.Web.Data;

namespace Kasian.Web.Chain;

/// <summary>
/// The SHA-256 of an event's canonical content and of a chain link. Computed when the event is recorded (in the
/// action's own INSERT, no extra round trip) and again by verification from the stored row; the two must agree.
/// </summary>
public static class ContentHash
{
    /// <summary>The previous hash of an organisation's first link.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>
    /// Each field length-prefixed, so no two envelopes serialise alike. The instant counts whole 100 µs in UTC: EF Core's
    /// SQLite converter keeps no finer (PostgreSQL keeps 1 µs), and a hash must read back the same from every provider.
    /// </summary>
    public static string Of(Guid organisationId, MemoEventRecord e)
    {
        var text = new StringBuilder(e.Payload.Length + 256);
        Field(text, "kasian-event-1");
        Field(text, organisationId.ToString("N"));
        Field(text, e.MemoId.Value.ToString("N"));
        Field(text, e.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(text, e.Type);
        Field(text, e.Payload);
        Field(text, (e.At.UtcTicks / 1000).ToString(CultureInfo.InvariantCulture));
        Field(text, e.ActorId?.Value.ToString("N"));
        Field(text, e.ActorUsername);
        Field(text, e.ActorName);
        Field(text, e.Address);
        return Sha256(text.ToString());
    }

    /// <summary>A link's hash: the organisation, its position, the event's content hash and the previous link's hash.</summary>
    public static string Link(Guid organisationId, long position, string content, string previous)
    {
        Span<byte> input = stackalloc byte[16 + 8 + 32 + 32];
        organisationId.TryWriteBytes(input[..16], bigEndian: true, out _);
        BinaryPrimitives.WriteInt64BigEndian(input[16..24], position);
        Convert.FromHexString(content, input[24..56], out _, out _);
        Convert.FromHexString(previous, input[56..], out _, out _);
        return Convert.ToHexStringLower(SHA256.HashData(input));
    }

    private static void Field(StringBuilder text, string? value)
    {
        // A null differs from an empty string: "-" for none, else the length and the value.
        if (value is null) text.Append("-\n");
        else text.Append(value.Length).Append(':').Append(value).Append('\n');
    }

    private static string Sha256(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
