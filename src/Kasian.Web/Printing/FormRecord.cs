using Kasian.Core.Thai;
using SkiaSharp;

namespace Kasian.Web.Printing;

/// <summary>
/// After the form, what makes the paper a record: each attachment with its SHA-256 (so a printed copy names the
/// exact files), and a QR code of the address where the electronic original can be verified.
/// </summary>
internal static class FormRecord
{
    public static IEnumerable<Block> Blocks(Typesetter set, PrintedMemo printed, string verificationAddress)
    {
        var attachments = printed.Memo.Attachments;
        var indent = set.Left + set.Form.CommentIndent;
        var small = new TextStyle(set.Form.SmallSize);
        for (var i = 0; i < attachments.Count; i++)
        {
            var a = attachments[i];
            var rows = new List<Row>();
            if (i == 0) rows.AddRange(set.Paragraph("สิ่งที่แนบ", set.Body with { Bold = true }, set.Left, set.Right - set.Left));
            var size = ThaiDigits.ToThai((a.Size + 1023) / 1024);
            rows.AddRange(set.Paragraph($"{ThaiDigits.ToThai(i + 1)}. {a.FileName} ({size} KB)", set.Body, indent, set.Right - indent));
            // The digest stays in Latin digits: it is checked by programs (sha256sum), not read aloud. It is one
            // 64-letter word, cut where the margin falls.
            var digest = indent + set.Measure(ThaiDigits.ToThai(i + 1) + ". ", set.Body);
            rows.AddRange(set.Paragraph("SHA-256 " + a.Sha256, small, digest, set.Right - digest));
            yield return new Block(rows, KeepTogether: true, SpaceBefore: i == 0 ? set.Form.BlockGap * 2 : 0);
        }
        yield return new Block([Verification(set, verificationAddress)], KeepTogether: true, SpaceBefore: set.Form.BlockGap * 2);
    }

    private static Row Verification(Typesetter set, string address)
    {
        var size = set.Form.QrSize;
        var x = set.Left + size + 0.4f * FormMeasures.PointsPerCm;
        var small = new TextStyle(set.Form.SmallSize);
        var caption = set.Shape("ตรวจสอบต้นฉบับอิเล็กทรอนิกส์ของบันทึกนี้ได้ที่", set.Body);
        var link = set.Shape(address, small);
        var (captionBaseline, linkBaseline) = (size / 2 - 4, size / 2 - 4 + set.LineHeight(small));
        return new Row(size, (canvas, top) =>
        {
            using var qr = QrCode.Path(address, size);
            canvas.Save();
            canvas.Translate(set.Left, top);
            canvas.DrawPath(qr, set.Ink);
            canvas.Restore();
            caption.Draw(canvas, x, top + captionBaseline, set.Ink);
            link.Draw(canvas, x, top + linkBaseline, set.Ink);
        }, "ตรวจสอบต้นฉบับ");
    }
}
