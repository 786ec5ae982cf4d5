using Kasian.Core.Thai;
using SkiaSharp;

namespace Kasian.Web.Printing;

/// <summary>
/// Draws the official บันทึกข้อความ as an A4 PDF with Skia's PDF backend (fonts embedded as subsets): the form,
/// the body, every endorsement kept whole on a page, the attachments and the verification QR code. From the
/// second page on, each page carries its number ("- ๒ -") and the page before ends with the continuation line.
/// </summary>
public sealed class MemoPdfRenderer(PdfFonts fonts, FormMeasures form)
{
    public byte[] Render(PrintedMemo printed, PrintImages images, string verificationAddress)
    {
        using var set = new Typesetter(fonts, form);
        using var emblem = Decode(images.Emblem);
        var signatures = images.Signatures.ToDictionary(s => s.Key, s => Decode(s.Value));
        try
        {
            SKImage? SignatureOf(string username) => signatures.GetValueOrDefault(username);
            var blocks = FormHead.Blocks(set, printed, emblem)
                .Concat(FormBody.Blocks(set, printed, SignatureOf))
                .Concat(FormEndorsements.Blocks(set, printed, SignatureOf))
                .Concat(FormRecord.Blocks(set, printed, verificationAddress));
            var line = set.LineHeight(set.Body);
            // Every page keeps a line at the foot for the continuation line; pages after the first, the number at the
            // top and half a line under it (the number then reads as a line of its own, not as the text's first word).
            var pages = PageFlow.Paginate(blocks, form.MarginTop, form.MarginTop + 1.5f * line, form.ContentBottom - line);
            return Write(set, printed, pages);
        }
        finally
        {
            foreach (var image in signatures.Values) image?.Dispose();
        }
    }

    private byte[] Write(Typesetter set, PrintedMemo printed, List<List<PlacedRow>> pages)
    {
        var memo = printed.Memo;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"บันทึกข้อความ ที่ {PrintedMemo.Th(memo.Number?.Th)} เรื่อง {PrintedMemo.Th(memo.Subject)}".Trim(),
            Subject = PrintedMemo.Th(memo.Subject),
            Author = printed.OrganisationName,
            Creator = "Kasian",
            // The memo's own time, not the clock's: the same memo always makes the same file.
            Creation = memo.UpdatedAt.UtcDateTime,
            Modified = memo.UpdatedAt.UtcDateTime,
        };
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var line = set.LineHeight(set.Body);
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = document.BeginPage(form.PageWidth, form.PageHeight);
                if (i > 0)
                {
                    foreach (var row in set.Centred($"- {ThaiDigits.ToThai(i + 1)} -", set.Body, set.Left, set.Right))
                        row.Draw!(canvas, form.MarginTop);
                }
                foreach (var placed in pages[i]) placed.Row.Draw?.Invoke(canvas, placed.Top);
                if (PageFlow.NextLead(pages, i) is { } lead)
                {
                    var text = $"/{LineBreaks.Lead(lead)}...";
                    set.TextRow(text, set.Body, set.Right - set.Measure(text, set.Body)).Draw!(canvas, form.ContentBottom - line);
                }
                document.EndPage();
            }
            document.Close();
        }
        return stream.ToArray();
    }

    private static SKImage? Decode(byte[]? bytes) => bytes is { Length: > 0 } ? SKImage.FromEncodedData(bytes) : null;
}
