using Kasian.Web.Common;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Printing;

/// <summary>How the emblem and signature endpoints take a picture: multipart/form-data, the file in a field named 'file'.</summary>
public static class ImageUploads
{
    public static async Task<Result<byte[]>> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null) return Problem.Invalid("file", "Send the picture as multipart/form-data in a field named 'file'.");
        if (file.Length > UploadedImage.MaxBytes) return UploadedImage.TooLarge(file.Length);
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    /// <summary>The upload's body limit (the picture and the multipart framing around it), and no anti-forgery: the API takes bearer tokens only.</summary>
    public static RouteHandlerBuilder AcceptsPicture(this RouteHandlerBuilder endpoint) =>
        endpoint.DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(UploadedImage.MaxBytes + 64 * 1024));
}

/// <summary>A stored picture as an HTTP answer: its own type, its SHA-256 as the ETag, and never sniffed as anything else.</summary>
public static class PrintImageAnswer
{
    public static IResult File(StoredPrintImage image) =>
        Results.File(image.Content, image.View.ContentType, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{image.View.Sha256}\""));
}
