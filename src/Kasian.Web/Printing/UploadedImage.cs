using System.Security.Cryptography;
using Kasian.Web.Common;
using SkiaSharp;

namespace Kasian.Web.Printing;

/// <summary>An uploaded picture that decoded as a whole PNG or JPEG within the limits, with what decoding found.</summary>
public sealed record UploadedImage(byte[] Content, string ContentType, int Width, int Height, string Sha256)
{
    /// <summary>An emblem 1.5 cm high or a signature three lines high needs a few hundred pixels; 1 MiB holds them many times over.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>Checked before the pixels are decoded, so a small file that unpacks to a huge picture costs nothing.</summary>
    public const int MaxSide = 3000;

    /// <summary>Smaller than this prints as a smudge.</summary>
    public const int MinSide = 16;

    /// <summary>
    /// Decodes the bytes with SkiaSharp: the file's name and the content type it was sent with are never trusted, only what
    /// decodes. Anything else is a 400 naming the field and what is wrong (413 over the size limit); nothing is kept.
    /// </summary>
    public static Result<UploadedImage> Check(byte[]? content, string field = "file")
    {
        if (content is not { Length: > 0 }) return Problem.Invalid(field, "The file is empty.");
        if (content.Length > MaxBytes) return TooLarge(content.Length);
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        var type = codec?.EncodedFormat switch
        {
            SKEncodedImageFormat.Png => "image/png",
            SKEncodedImageFormat.Jpeg => "image/jpeg",
            _ => null,
        };
        if (codec is null || type is null)
            return Problem.Invalid(field, codec is null
                ? "The file is not a picture: only PNG or JPEG images are accepted."
                : $"The picture is {codec.EncodedFormat}; only PNG or JPEG images are accepted.");
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width > MaxSide || height > MaxSide)
            return Problem.Invalid(field, $"The picture is {width} × {height} pixels; at most {MaxSide} × {MaxSide} are accepted.");
        if (width < MinSide || height < MinSide)
            return Problem.Invalid(field, $"The picture is {width} × {height} pixels; at least {MinSide} × {MinSide} are needed.");
        // A header alone is not a picture: every pixel must decode (a cut-off file reports IncompleteInput).
        using var bitmap = new SKBitmap(codec.Info.WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Premul));
        if (codec.GetPixels(bitmap.Info, bitmap.GetPixels()) != SKCodecResult.Success)
            return Problem.Invalid(field, "The picture is damaged or cut off: it does not decode as a whole PNG or JPEG.");
        return new UploadedImage(content, type, width, height, Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    public static Problem TooLarge(long length) =>
        new(413, "too-large", "File too large", $"The picture is {length} bytes; at most {MaxBytes} (1 MiB) are accepted.");
}
