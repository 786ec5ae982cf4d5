namespace Kasian.Web.Printing;

/// <summary>
/// The pictures an administrator uploads for the paper: the Garuda emblem and each person's signature, keyed by
/// username. Either may be missing; the PDF then prints nothing in its place (never a placeholder drawing).
/// </summary>
public sealed record PrintImages(byte[]? Emblem, IReadOnlyDictionary<string, byte[]> Signatures)
{
    public static PrintImages None { get; } = new(null, new Dictionary<string, byte[]>());
}

/// <summary>Where the PDF finds the uploaded images; the upload and its store come with the administrator's data model.</summary>
public interface IPrintImageSource
{
    Task<PrintImages> LoadAsync(PrintedMemo memo, CancellationToken ct);
}

/// <summary>Until images can be uploaded there are none, and the PDF prints without them.</summary>
internal sealed class NoPrintImages : IPrintImageSource
{
    public Task<PrintImages> LoadAsync(PrintedMemo memo, CancellationToken ct) => Task.FromResult(PrintImages.None);
}
