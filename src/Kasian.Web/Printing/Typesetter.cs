using SkiaSharp;

namespace Kasian.Web.Printing;

/// <summary>Sets text into rows for one PDF: shaping, measuring (cached, line breaking measures the same words often), paints.</summary>
internal sealed class Typesetter(PdfFonts fonts, FormMeasures form) : IDisposable
{
    private readonly Dictionary<(string, TextStyle), float> _widths = [];

    public FormMeasures Form => form;

    public SKPaint Ink { get; } = new() { Color = SKColors.Black, IsAntialias = true };

    public SKPaint Red { get; } = new() { Color = new SKColor(0xCC, 0, 0), IsAntialias = true };

    public SKPaint Rule { get; } = new() { Color = SKColors.Black, IsAntialias = true, IsStroke = true, StrokeWidth = 0.6f };

    public SKPaint Dots { get; } = new()
    {
        Color = new SKColor(0x55, 0x55, 0x55), IsAntialias = true, IsStroke = true, StrokeWidth = 0.7f,
        PathEffect = SKPathEffect.CreateDash([0.7f, 2.2f], 0),
    };

    public float Left => form.MarginLeft;

    public float Right => form.PageWidth - form.MarginRight;

    public TextStyle Body => new(form.BodySize);

    public ShapedText Shape(string text, TextStyle style) => fonts.Shape(text, style);

    public float Measure(string text, TextStyle style)
    {
        if (!_widths.TryGetValue((text, style), out var width)) _widths[(text, style)] = width = fonts.Shape(text, style).Width;
        return width;
    }

    public float LineHeight(TextStyle style) => form.LineHeight(style.Size);

    /// <summary>Where the baseline sits below the top of a line of this height, the font's ink box centred in it as CSS does.</summary>
    public float Baseline(float lineHeight, TextStyle style) =>
        (lineHeight - (fonts.AscentPerEm + fonts.DescentPerEm) * style.Size) / 2 + fonts.AscentPerEm * style.Size;

    public IReadOnlyList<string> Wrap(string text, TextStyle style, float firstWidth, float restWidth) =>
        LineBreaks.Wrap(text, s => Measure(s, style), firstWidth, restWidth);

    /// <summary>A paragraph from <paramref name="left"/>, its first line indented, wrapped to <paramref name="width"/>.</summary>
    public IEnumerable<Row> Paragraph(string text, TextStyle style, float left, float width, float firstIndent = 0, SKPaint? paint = null)
    {
        var lines = Wrap(text, style, width - firstIndent, width);
        for (var i = 0; i < lines.Count; i++)
            yield return TextRow(lines[i], style, left + (i == 0 ? firstIndent : 0), paint);
    }

    public Row TextRow(string line, TextStyle style, float x, SKPaint? paint = null)
    {
        var shaped = Shape(line, style);
        var height = LineHeight(style);
        var baseline = Baseline(height, style);
        return new Row(height, (canvas, top) => shaped.Draw(canvas, x, top + baseline, paint ?? Ink), line);
    }

    /// <summary>Lines centred in the column from <paramref name="left"/> to <paramref name="right"/>, as under a signature.</summary>
    public IEnumerable<Row> Centred(string text, TextStyle style, float left, float right)
    {
        foreach (var line in Wrap(text, style, right - left, right - left))
            yield return TextRow(line, style, left + (right - left - Measure(line, style)) / 2);
    }

    public static Row Space(float height) => new(height, null, Collapsible: true);

    public void Dispose()
    {
        Ink.Dispose();
        Red.Dispose();
        Rule.Dispose();
        Dots.PathEffect?.Dispose();
        Dots.Dispose();
    }
}
