using Kasian.Core.Memos;
using SkiaSharp;

namespace Kasian.Web.Printing;

/// <summary>The head of the form: emblem and title, then ส่วนราชการ, ที่ and วันที่, เรื่อง on dotted lines, and เรียน.</summary>
internal static class FormHead
{
    public static IEnumerable<Block> Blocks(Typesetter set, PrintedMemo printed, SKImage? emblem)
    {
        var memo = printed.Memo;
        var label = new TextStyle(set.Form.LabelSize, Bold: true);
        yield return new Block([TitleRow(set, emblem, memo.Urgency)]);
        var unit = PrintedMemo.Th(memo.Unit) + (memo.UnitPhone is { } phone ? " โทร. " + PrintedMemo.Th(phone) : "");
        yield return new Block([.. Hanging(set, "ส่วนราชการ", label, unit, set.Left, set.Right, dotted: true)], SpaceBefore: set.Form.BlockGap);
        yield return new Block([.. NumberAndDate(set, label, PrintedMemo.Th(memo.Number?.Th), memo.DateThai ?? "")]);
        yield return new Block([.. Hanging(set, "เรื่อง", label, PrintedMemo.Th(memo.Subject), set.Left, set.Right, dotted: true)]);
        yield return new Block([.. Hanging(set, "เรียน", set.Body, PrintedMemo.Th(memo.To), set.Left, set.Right, dotted: false)], SpaceBefore: set.Form.BlockGap);
    }

    /// <summary>The emblem 1.5 cm high at the top left (nothing when none is uploaded), the title centred, urgency in red at the right.</summary>
    private static Row TitleRow(Typesetter set, SKImage? emblem, string urgency)
    {
        var form = set.Form;
        var style = new TextStyle(form.TitleSize, Bold: true);
        var height = Math.Max(form.EmblemHeight, set.LineHeight(style));
        var title = set.Shape("บันทึกข้อความ", style);
        var baseline = set.Baseline(height, style);
        var stamp = UrgencyText.FromCode(urgency) is { } u && u != Urgency.Normal ? set.Shape(u.Thai(), new TextStyle(form.LabelSize, Bold: true)) : null;
        return new Row(height, (canvas, top) =>
        {
            if (emblem is not null)
            {
                var width = emblem.Width * form.EmblemHeight / emblem.Height;
                canvas.DrawImage(emblem, SKRect.Create(set.Left, top, width, form.EmblemHeight), new SKSamplingOptions(SKCubicResampler.Mitchell));
            }
            title.Draw(canvas, set.Left + (set.Right - set.Left - title.Width) / 2, top + baseline, set.Ink);
            if (stamp is null) return;
            const float pad = 4f;
            stamp.Draw(canvas, set.Right - stamp.Width - pad, top + baseline, set.Red);
            using var frame = new SKPaint { Color = set.Red.Color, IsStroke = true, StrokeWidth = 1.5f, IsAntialias = true };
            canvas.DrawRect(SKRect.Create(set.Right - stamp.Width - 2 * pad, top + 4, stamp.Width + 2 * pad, height - 8), frame);
        }, "บันทึกข้อความ");
    }

    /// <summary>A label, then its value; a long value wraps under itself, not under the label. Form fields sit on dotted lines.</summary>
    private static IEnumerable<Row> Hanging(Typesetter set, string label, TextStyle labelStyle, string value, float left, float right, bool dotted)
    {
        var labelText = set.Shape(label, labelStyle);
        var x = left + labelText.Width + set.Measure("  ", set.Body);
        var lines = set.Wrap(value, set.Body, right - x, right - x);
        for (var i = 0; i < lines.Count; i++)
        {
            var first = i == 0;
            var height = set.LineHeight(first ? labelStyle : set.Body);
            var baseline = set.Baseline(height, first ? labelStyle : set.Body);
            var text = set.Shape(lines[i], set.Body);
            yield return new Row(height, (canvas, top) =>
            {
                if (first) labelText.Draw(canvas, left, top + baseline, set.Ink);
                text.Draw(canvas, x, top + baseline, set.Ink);
                if (dotted) canvas.DrawLine(x - 2, top + baseline + 3, right, top + baseline + 3, set.Dots);
            }, first ? label : lines[i]);
        }
    }

    /// <summary>ที่ on the left half, วันที่ on the right, on one line as the form has them; each on its own line if either is too long.</summary>
    private static IEnumerable<Row> NumberAndDate(Typesetter set, TextStyle label, string number, string date)
    {
        var middle = set.Left + (set.Right - set.Left) / 2;
        var left = Hanging(set, "ที่", label, number, set.Left, middle - 0.6f * FormMeasures.PointsPerCm, dotted: true).ToList();
        var right = Hanging(set, "วันที่", label, date, middle, set.Right, dotted: true).ToList();
        if (left.Count > 1 || right.Count > 1)
            return Hanging(set, "ที่", label, number, set.Left, set.Right, dotted: true).Concat(Hanging(set, "วันที่", label, date, set.Left, set.Right, dotted: true));
        return [left[0] with
        {
            Draw = (canvas, top) =>
            {
                left[0].Draw!(canvas, top);
                right[0].Draw!(canvas, top);
            },
        }];
    }
}
