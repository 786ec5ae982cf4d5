namespace Kasian.Web.Printing;

/// <summary>
/// The pictures uploaded for the paper: the office's Garuda emblem (by its administrators) and each person's own
/// signature, keyed by username. Either may be missing; the PDF then prints nothing in its place (never a placeholder drawing).
/// </summary>
public sealed record PrintImages(byte[]? Emblem, IReadOnlyDictionary<string, byte[]> Signatures)
{
    public static PrintImages None { get; } = new(null, new Dictionary<string, byte[]>());

    /// <summary>
    /// The picture inline for the print page, or null when there is none or it is not a PNG or JPEG (the PDF draws
    /// nothing for bytes that do not decode; the page shows nothing rather than a broken picture).
    /// </summary>
    public static string? DataUri(byte[]? image) => image switch
    {
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "data:image/png;base64," + Convert.ToBase64String(image),
        [0xFF, 0xD8, 0xFF, ..] => "data:image/jpeg;base64," + Convert.ToBase64String(image),
        _ => null,
    };

    public string? EmblemUri => DataUri(Emblem);

    public string? SignatureUri(string username) => DataUri(Signatures.GetValueOrDefault(username));
}

/// <summary>Where the PDF and the print page find the uploaded images (<see cref="StoredPrintImages"/>; tests may substitute fixed ones).</summary>
public interface IPrintImageSource
{
    Task<PrintImages> LoadAsync(PrintedMemo memo, CancellationToken ct);
}
