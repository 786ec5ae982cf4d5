using SkiaSharp;

namespace Kasian.Web.Printing;

/// <summary>The body as the originator wrote it, paragraph by paragraph, then the originator's signature.</summary>
internal static class FormBody
{
    public static IEnumerable<Block> Blocks(Typesetter set, PrintedMemo printed, Func<string, SKImage?> signatureOf)
    {
        var memo = printed.Memo;
        var lines = memo.Body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim().Split('\n');
        var blank = false;
        yield return new Block([Typesetter.Space(set.LineHeight(set.Body) / 2)]);
        foreach (var line in lines)
        {
            // Each line of the text is a paragraph with the form's first-line indent; blank lines between them
            // (the seed has one after every heading) become half a line of space, however many there are.
            if (string.IsNullOrWhiteSpace(line))
            {
                if (!blank) yield return new Block([Typesetter.Space(set.LineHeight(set.Body) / 2)]);
                blank = true;
                continue;
            }
            blank = false;
            yield return new Block([.. set.Paragraph(PrintedMemo.Th(line.Trim()), set.Body, set.Left, set.Right - set.Left, set.Form.FirstLineIndent)]);
        }
        var signature = Signature.Rows(set, signatureOf(memo.Originator.Username), memo.Originator.DisplayName, [PrintedMemo.Th(memo.OriginatorPosition)], null);
        yield return new Block([.. signature], KeepTogether: true);
    }
}
