namespace Kasian.Web.Printing;

/// <summary>
/// The บันทึกข้อความ form's measurements in one place (DOMAIN.md "Fonts and print": one municipality's template;
/// sources disagree on some sizes, so they are settings, not constants in the drawing code). Lengths in PDF points.
/// </summary>
public sealed record FormMeasures
{
    public const float PointsPerCm = 72f / 2.54f;

    public static FormMeasures Official { get; } = new();

    public float PageWidth { get; init; } = 21.0f * PointsPerCm;
    public float PageHeight { get; init; } = 29.7f * PointsPerCm;
    public float MarginLeft { get; init; } = 3.0f * PointsPerCm;
    public float MarginRight { get; init; } = 2.0f * PointsPerCm;
    public float MarginTop { get; init; } = 1.5f * PointsPerCm;
    public float MarginBottom { get; init; } = 2.0f * PointsPerCm;
    public float FirstLineIndent { get; init; } = 2.5f * PointsPerCm;

    public float TitleSize { get; init; } = 29f;
    public float LabelSize { get; init; } = 20f;
    public float BodySize { get; init; } = 16f;
    /// <summary>The SHA-256 line: 64 hex digits fit the line at this size.</summary>
    public float SmallSize { get; init; } = 12f;

    /// <summary>Line height over font size; the print view's CSS uses the same (print.css: line-height 1.45).</summary>
    public float LineSpacing { get; init; } = 1.45f;
    public float EmblemHeight { get; init; } = 1.5f * PointsPerCm;
    /// <summary>"About three blank lines above each signature": room to sign by hand, or for an uploaded signature.</summary>
    public float SignatureSpaceLines { get; init; } = 3f;
    /// <summary>The signature block is centred in the column from this share of the text width to the right margin (print.css: 45%).</summary>
    public float SignatureColumnStart { get; init; } = 0.45f;
    /// <summary>An endorsement's comment and decision boxes stand this far in from the left margin (print.css: 1.5 cm).</summary>
    public float CommentIndent { get; init; } = 1.5f * PointsPerCm;
    public float BlockGap { get; init; } = 0.3f * PointsPerCm;
    public float QrSize { get; init; } = 2.6f * PointsPerCm;

    public float ContentWidth => PageWidth - MarginLeft - MarginRight;
    public float ContentBottom => PageHeight - MarginBottom;
    public float LineHeight(float size) => size * LineSpacing;
}
