using System.Globalization;
using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Kasian.Web.Printing;

/// <summary>How a piece of text is set: Sarabun regular or bold, at a size in points.</summary>
public readonly record struct TextStyle(float Size, bool Bold = false);

/// <summary>
/// The typefaces every PDF embeds (Printing/Fonts, OFL; docs/decisions.md), read once from the assembly, and
/// HarfBuzz shaping over them. Shaping is safe across threads: the HarfBuzz font is shared and read-only, and
/// each call shapes in a buffer of its own.
/// </summary>
public sealed class PdfFonts : IDisposable
{
    private readonly Face _regular = Face.FromResource("Sarabun-Regular.ttf");
    private readonly Face _bold = Face.FromResource("Sarabun-Bold.ttf");
    private readonly Face _symbols = Face.FromResource("NotoSansSymbols2-Ballots.ttf");

    /// <summary>Sarabun's ascender and descender per em: where a baseline sits in its line.</summary>
    public float AscentPerEm => _regular.AscentPerEm;

    public float DescentPerEm => _regular.DescentPerEm;

    /// <summary>
    /// Shapes one line. Characters Sarabun lacks (the ballot boxes ☐☑) go to the symbol font, in runs of their own;
    /// each run keeps its UTF-8 text and clusters so the PDF's text layer reads as the source, tone marks included.
    /// </summary>
    public ShapedText Shape(string text, TextStyle style)
    {
        var primary = style.Bold ? _bold : _regular;
        var runs = new List<GlyphRun>();
        float x = 0;
        foreach (var (start, length, face) in Runs(text, primary))
        {
            using var font = face.Font(style.Size);
            var piece = text.Substring(start, length);
            var shaped = face.Shaper.Shape(piece, x, 0, font);
            if (shaped.Codepoints.Length == 0) continue;
            runs.Add(new GlyphRun(face.Typeface, style.Size, Array.ConvertAll(shaped.Codepoints, g => (ushort)g), shaped.Points,
                Encoding.UTF8.GetBytes(piece), shaped.Clusters));
            x += shaped.Width;
        }
        return new ShapedText(runs, x);
    }

    private IEnumerable<(int Start, int Length, Face Face)> Runs(string text, Face primary)
    {
        var start = 0;
        Face? current = null;
        for (var i = 0; i < text.Length;)
        {
            // A lone surrogate decodes as U+FFFD (one char) instead of throwing: stored text is printed whatever it holds.
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used);
            // Marks and spaces stay with what they follow: a tone mark must be shaped with its consonant.
            var category = Rune.GetUnicodeCategory(rune);
            var face = current is not null && (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpaceSeparator)
                ? current
                : primary.Covers(rune) || !_symbols.Covers(rune) ? primary : _symbols;
            if (face != current && current is not null)
            {
                yield return (start, i - start, current);
                start = i;
            }
            current = face;
            i += used;
        }
        if (current is not null) yield return (start, text.Length - start, current);
    }

    public void Dispose()
    {
        _regular.Dispose();
        _bold.Dispose();
        _symbols.Dispose();
    }

    private sealed class Face : IDisposable
    {
        /// <summary>A 1 pt font of this face, for metrics and coverage.</summary>
        private readonly SKFont _unit;

        private Face(SKTypeface typeface)
        {
            Typeface = typeface;
            Shaper = new SKShaper(typeface);
            _unit = Font(1);
            AscentPerEm = -_unit.Metrics.Ascent;
            DescentPerEm = _unit.Metrics.Descent;
        }

        public SKTypeface Typeface { get; }

        public SKShaper Shaper { get; }

        public float AscentPerEm { get; }

        public float DescentPerEm { get; }

        public bool Covers(Rune rune) => _unit.ContainsGlyph(rune.Value);

        public static Face FromResource(string file)
        {
            using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream("Kasian.Printing.Fonts." + file)
                ?? throw new InvalidOperationException($"The font {file} is not embedded in {typeof(PdfFonts).Assembly.GetName().Name}.");
            using var data = SKData.Create(stream);
            return new Face(SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The font {file} could not be read."));
        }

        /// <summary>Unhinted, with linear metrics: a PDF is scaled by its reader, so advances must be the font's own.</summary>
        public SKFont Font(float size) =>
            new(Typeface, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };

        public void Dispose()
        {
            _unit.Dispose();
            Shaper.Dispose();
            Typeface.Dispose();
        }
    }
}
