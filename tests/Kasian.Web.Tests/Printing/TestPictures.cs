using SkiaSharp;

namespace Kasian.Web.Tests.Printing;

/// <summary>Real PNG and JPEG files made on the spot: an oval and a stroke, so a rendered page shows where each landed.</summary>
internal static class TestPictures
{
    public static byte[] Png(int width, int height, SKColor ink) => Encode(width, height, ink, SKEncodedImageFormat.Png, SKColors.Transparent);

    public static byte[] Jpeg(int width, int height, SKColor ink) => Encode(width, height, ink, SKEncodedImageFormat.Jpeg, SKColors.White);

    /// <summary>A picture in a format the paper does not take (Skia decodes WebP, so only the format check refuses it).</summary>
    public static byte[] Webp(int width, int height) => Encode(width, height, SKColors.Black, SKEncodedImageFormat.Webp, SKColors.White);

    private static byte[] Encode(int width, int height, SKColor ink, SKEncodedImageFormat format, SKColor background)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(background);
            using var paint = new SKPaint { Color = ink, IsAntialias = true, IsStroke = true, StrokeWidth = Math.Max(2, height / 12f) };
            canvas.DrawOval(SKRect.Create(width * 0.1f, height * 0.1f, width * 0.8f, height * 0.8f), paint);
            canvas.DrawLine(0, height, width, 0, paint);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
