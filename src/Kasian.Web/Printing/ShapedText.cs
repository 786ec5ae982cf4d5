using SkiaSharp;

namespace Kasian.Web.Printing;

/// <summary>One font's share of a shaped line: glyphs placed by HarfBuzz, and the UTF-8 text they came from.</summary>
internal sealed record GlyphRun(SKTypeface Typeface, float Size, ushort[] Glyphs, SKPoint[] Points, byte[] Utf8, uint[] Clusters);

/// <summary>A line of text shaped and measured, ready to draw at any place.</summary>
public sealed class ShapedText
{
    private readonly IReadOnlyList<GlyphRun> _runs;

    internal ShapedText(IReadOnlyList<GlyphRun> runs, float width)
    {
        _runs = runs;
        Width = width;
    }

    public float Width { get; }

    /// <summary>
    /// Draws the glyphs with their text and clusters (a text run, not a glyph run): Skia's PDF backend then writes
    /// ActualText where glyphs and characters do not map one to one — ที่ is three characters over merged clusters,
    /// ำ is two glyphs — so copied or extracted text is the source text.
    /// </summary>
    public void Draw(SKCanvas canvas, float x, float baseline, SKPaint paint)
    {
        if (_runs.Count == 0) return;
        using var builder = new SKTextBlobBuilder();
        var fonts = new List<SKFont>(_runs.Count);
        try
        {
            foreach (var run in _runs)
            {
                var font = new SKFont(run.Typeface, run.Size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
                fonts.Add(font);
                var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, run.Utf8.Length);
                run.Glyphs.CopyTo(buffer.Glyphs);
                run.Points.CopyTo(buffer.Positions);
                run.Utf8.CopyTo(buffer.Text);
                run.Clusters.CopyTo(buffer.Clusters);
            }
            using var blob = builder.Build();
            if (blob is not null) canvas.DrawText(blob, x, baseline, paint);
        }
        finally
        {
            foreach (var font in fonts) font.Dispose();
        }
    }
}
