using QRCoder;
using SkiaSharp;

namespace Kasian.Web.Printing;

/// <summary>A QR code drawn as vector squares (sharp at any zoom, a few hundred bytes), quiet zone included.</summary>
internal static class QrCode
{
    public static SKPath Path(string text, float size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        using var path = new SKPathBuilder();
        for (var y = 0; y < matrix.Count; y++)
        {
            // One rectangle per run of dark modules: fewer seams between neighbours when a reader antialiases.
            for (var x = 0; x < matrix.Count; x++)
            {
                if (!matrix[y][x]) continue;
                var start = x;
                while (x + 1 < matrix.Count && matrix[y][x + 1]) x++;
                path.AddRect(SKRect.Create(start * module, y * module, (x - start + 1) * module, module), SKPathDirection.Clockwise);
            }
        }
        return path.Detach();
    }
}
