using SkiaSharp;

namespace Kasian.Web.Printing;

/// <summary>
/// A signature block, centred in the right-hand column: about three blank lines to sign in (or the uploaded
/// signature, standing on the name), then "(name)", the capacity lines, and the date for an endorsement.
/// </summary>
internal static class Signature
{
    public static IEnumerable<Row> Rows(Typesetter set, SKImage? image, string name, IEnumerable<string> lines, string? date)
    {
        var left = set.Left + (set.Right - set.Left) * set.Form.SignatureColumnStart;
        yield return Space(set, image, left, set.Right);
        foreach (var row in set.Centred($"({name})", set.Body, left, set.Right)) yield return row;
        foreach (var line in lines)
        {
            foreach (var row in set.Centred(line, set.Body, left, set.Right)) yield return row;
        }
        if (date is null) yield break;
        foreach (var row in set.Centred(date, set.Body, left, set.Right)) yield return row;
    }

    /// <summary>The room above the name is part of the block (not collapsible): a hand signature needs it on paper too.</summary>
    private static Row Space(Typesetter set, SKImage? image, float left, float right)
    {
        var height = set.Form.SignatureSpaceLines * set.LineHeight(set.Body);
        if (image is null) return new Row(height, null);
        return new Row(height, (canvas, top) =>
        {
            // Fit the picture in the lower part of the room, keeping its proportions, centred over the name.
            var box = SKRect.Create(left, top + height * 0.2f, right - left, height * 0.8f);
            var scale = Math.Min(box.Width / image.Width, box.Height / image.Height);
            var (w, h) = (image.Width * scale, image.Height * scale);
            canvas.DrawImage(image, SKRect.Create(box.MidX - w / 2, box.Bottom - h, w, h), new SKSamplingOptions(SKCubicResampler.Mitchell));
        });
    }
}
