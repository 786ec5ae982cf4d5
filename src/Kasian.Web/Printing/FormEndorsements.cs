using Kasian.Web.Memos;
using SkiaSharp;

namespace Kasian.Web.Printing;

/// <summary>
/// Each step's เกษียน stacked under the body in route order, as the seed prints: the heading naming the post, the
/// comment, the signature with the capacity line and date. The deciding step shows both boxes, the chosen one ticked.
/// </summary>
internal static class FormEndorsements
{
    public const string Approve = "เห็นชอบดำเนินการตามเสนอ";
    public const string Reject = "ไม่เห็นชอบ เพราะ";
    private const string Dots = "..................................................";

    public static IEnumerable<Block> Blocks(Typesetter set, PrintedMemo printed, Func<string, SKImage?> signatureOf)
    {
        foreach (var step in printed.Steps)
        {
            var act = step.Act;
            var rows = new List<Row>(Heading(set, step.Title));
            rows.AddRange(step.Action == "decide" ? Decision(set, act) : Comment(set, act));
            // An administrator's reassignment is part of the step's record, so it prints with the step (as on the print page).
            foreach (var r in printed.Memo.Reassignments.Where(r => r.StepId == step.StepId && r.Round == printed.Memo.Round))
                rows.AddRange(Lines(set, $"(มอบหมายให้ {r.ToTitle} เพราะ {r.Reason} โดย {r.By.DisplayName} {PrintedMemo.Date(r.At)})", set.Left + set.Form.CommentIndent));
            rows.AddRange(act is null
                ? Signature.Rows(set, null, Dots, [], null)
                : Signature.Rows(set, signatureOf(act.Actor.Username), act.Actor.DisplayName, CapacityWithOrder(act.Capacity), PrintedMemo.Date(act.At)));
            yield return new Block(rows, KeepTogether: true, SpaceBefore: set.Form.BlockGap);
        }
    }

    /// <summary>The capacity line, then the order behind an acting or delegated capacity where one is on record.</summary>
    private static IReadOnlyList<string> CapacityWithOrder(CapacityView capacity) =>
        capacity.Order is { } order ? [.. PrintedMemo.CapacityLines(capacity.Text), PrintedMemo.Th(order)] : PrintedMemo.CapacityLines(capacity.Text);

    private static IEnumerable<Row> Heading(Typesetter set, string title)
    {
        var style = set.Body with { Bold = true };
        foreach (var row in set.Paragraph(title, style, set.Left, set.Right - set.Left))
        {
            var width = set.Measure(row.Lead!, style);
            var underline = set.Baseline(row.Height, style) + 2.5f;
            yield return row with
            {
                Draw = (canvas, top) =>
                {
                    row.Draw!(canvas, top);
                    canvas.DrawLine(set.Left, top + underline, set.Left + width, top + underline, set.Rule);
                },
            };
        }
    }

    private static IEnumerable<Row> Comment(Typesetter set, EndorsementView? act)
    {
        var text = act switch
        {
            null => Dots + Dots,
            { Action: "return" } => $"ส่งคืนแก้ไข เพราะ {act.Comment}",
            { Comment: null or "" } => "- ทราบ -",
            _ => act.Comment,
        };
        return Lines(set, text, set.Left + set.Form.CommentIndent);
    }

    /// <summary>
    /// ☑/☐ เห็นชอบ and ☑/☐ ไม่เห็นชอบ เพราะ: the reason stands only after ไม่เห็นชอบ; an approval's comment goes under
    /// the ticked line, unless it only repeats it. A return at this step is written below both boxes, neither ticked.
    /// </summary>
    private static IEnumerable<Row> Decision(Typesetter set, EndorsementView? act)
    {
        var (approved, rejected) = (act?.Action == "approve", act?.Action == "reject");
        var box = set.Measure("☑", set.Body) + 0.2f * FormMeasures.PointsPerCm;
        var x = set.Left + set.Form.CommentIndent;
        foreach (var row in Choice(set, approved, Approve, x, box)) yield return row;
        if (approved && act!.Comment is { } comment && comment.Trim() != Approve)
        {
            foreach (var row in Lines(set, comment, x + box)) yield return row;
        }
        foreach (var row in Choice(set, rejected, $"{Reject} {(rejected ? act!.Comment : Dots)}", x, box)) yield return row;
        if (act?.Action == "return")
        {
            foreach (var row in Lines(set, $"ส่งคืนแก้ไข เพราะ {act.Comment}", x)) yield return row;
        }
    }

    private static List<Row> Choice(Typesetter set, bool chosen, string text, float x, float box)
    {
        var mark = set.Shape(chosen ? "☑" : "☐", set.Body);
        var rows = Lines(set, text, x + box).ToList();
        var baseline = set.Baseline(rows[0].Height, set.Body);
        var first = rows[0];
        rows[0] = first with
        {
            Draw = (canvas, top) =>
            {
                mark.Draw(canvas, x, top + baseline, set.Ink);
                first.Draw!(canvas, top);
            },
            Lead = (chosen ? "☑ " : "☐ ") + first.Lead,
        };
        return rows;
    }

    /// <summary>A comment as written: each of its lines a paragraph from <paramref name="x"/>, in Thai digits.</summary>
    private static IEnumerable<Row> Lines(Typesetter set, string text, float x) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim().Split('\n')
            .SelectMany(line => set.Paragraph(PrintedMemo.Th(line.Trim()), set.Body, x, set.Right - x));
}
