using SkiaSharp;

namespace Kasian.Web.Printing;

/// <summary>
/// One line of the page: its height, how it draws itself below a given top, and the words it begins with (for the
/// continuation line at the foot of the page before). A collapsible row is spacing, dropped at the top of a page.
/// </summary>
internal sealed record Row(float Height, Action<SKCanvas, float>? Draw, string? Lead = null, bool Collapsible = false);

/// <summary>Rows that belong together: an endorsement is kept on one page whole, as the paper form never splits one.</summary>
internal sealed record Block(IReadOnlyList<Row> Rows, bool KeepTogether = false, float SpaceBefore = 0);

internal sealed record PlacedRow(Row Row, float Top);

/// <summary>Fills pages top to bottom with blocks; a block kept together that does not fit moves whole to the next page.</summary>
internal static class PageFlow
{
    public static List<List<PlacedRow>> Paginate(IEnumerable<Block> blocks, float firstTop, float nextTop, float bottom)
    {
        var pages = new List<List<PlacedRow>> { new() };
        var y = firstTop;
        void NewPage()
        {
            pages.Add([]);
            y = nextTop;
        }

        foreach (var block in blocks)
        {
            if (pages[^1].Count > 0) y += block.SpaceBefore;
            var height = block.Rows.Sum(r => r.Height);
            // A block taller than a whole page cannot be kept together; it flows line by line like the body.
            if (block.KeepTogether && pages[^1].Count > 0 && y + height > bottom && height <= bottom - nextTop) NewPage();
            foreach (var row in block.Rows)
            {
                if (pages[^1].Count > 0 && y + row.Height > bottom) NewPage();
                if (pages[^1].Count == 0 && row.Collapsible) continue;
                pages[^1].Add(new PlacedRow(row, y));
                y += row.Height;
            }
        }
        return pages;
    }

    /// <summary>What the foot of each page but the last names: the first words of the next page.</summary>
    public static string? NextLead(List<List<PlacedRow>> pages, int page) =>
        page + 1 < pages.Count ? pages[page + 1].Select(r => r.Row.Lead).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) : null;
}
