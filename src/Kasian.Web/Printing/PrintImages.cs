namespace Kasian.Web.Printing;

/// <summary>
/// The pictures uploaded for the paper: the office's Garuda emblem (by its administrators) and each person's own
/// signature, keyed by username. Either may be missing; the PDF then prints nothing in its place (never a placeholder drawing).
/// </summary>
public sealed record PrintImages(byte[]? Emblem, IReadOnlyDictionary<string, byte[]> Signatures)
{
    public static PrintImages None { get; } = new(null, new Dictionary<string, byte[]>());
}

/// <summary>Where the PDF and the print page find the uploaded images (<see cref="StoredPrintImages"/>; tests may substitute fixed ones).</summary>
public interface IPrintImageSource
{
    Task<PrintImages> LoadAsync(PrintedMemo memo, CancellationToken ct);
}
