using System.Globalization;
using System.Text;
using Icu;

namespace Kasian.Web.Printing;

/// <summary>
/// Where a line may end. Thai writes no spaces between words, so the break opportunities come from ICU's dictionary
/// line breaker (icu.net over the system libicu that .NET itself loads); without ICU, a dictionary-free fallback
/// breaks after spaces and before the leading vowels เ แ โ ใ ไ, which always begin a syllable.
/// </summary>
public static class LineBreaks
{
    /// <summary>The Thai locale, or null when libicu could not be loaded (even making a locale calls into ICU).</summary>
    private static readonly Lazy<Locale?> Thai = new(TryStartIcu);

    /// <summary>False when the fallback breaks lines (docs/decisions.md).</summary>
    public static bool UsesIcu => Thai.Value is not null;

    /// <summary>The text cut at its break opportunities; each piece keeps the spaces that follow it.</summary>
    public static IReadOnlyList<string> Segments(string text) =>
        text.Length == 0 ? [] : Thai.Value is { } thai ? IcuSegments(text, thai) : FallbackSegments(text);

    /// <summary>Fills lines greedily: as many pieces as fit; a piece wider than a whole line is cut between characters.</summary>
    public static IReadOnlyList<string> Wrap(string text, Func<string, float> measure, float firstWidth, float restWidth)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        float width = 0;
        foreach (var segment in Segments(text))
        {
            var pieces = measure(segment.TrimEnd()) > Math.Min(firstWidth, restWidth) ? Graphemes(segment) : [segment];
            foreach (var piece in pieces)
            {
                var limit = lines.Count == 0 ? firstWidth : restWidth;
                if (line.Length > 0 && width + measure(piece.TrimEnd()) > limit)
                {
                    lines.Add(line.ToString().TrimEnd());
                    line.Clear();
                    width = 0;
                }
                line.Append(piece);
                width += measure(piece);
            }
        }
        lines.Add(line.ToString().TrimEnd());
        return lines;
    }

    /// <summary>
    /// The words a typist repeats at the foot of a page ("/ความเห็น..."): ICU splits compounds (ความ|เห็น), so
    /// pieces are taken until there are six letters or three pieces.
    /// </summary>
    public static string Lead(string text)
    {
        var lead = new StringBuilder();
        foreach (var segment in Segments(text.Trim()).Take(3))
        {
            lead.Append(segment);
            if (lead.ToString().Trim().Length >= 6) break;
        }
        return lead.ToString().TrimEnd(' ', '/');
    }

    internal static IReadOnlyList<string> FallbackSegments(string text)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            var afterSpace = char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i]);
            var beforeLeadingVowel = text[i] is >= '\u0E40' and <= '\u0E44' && text[i - 1] is >= '\u0E01' and <= '\u0E5B';
            if (!afterSpace && !beforeLeadingVowel) continue;
            pieces.Add(text[start..i]);
            start = i;
        }
        pieces.Add(text[start..]);
        return pieces;
    }

    private static List<string> IcuSegments(string text, Locale thai) =>
        BreakIterator.GetBoundaries(BreakIterator.UBreakIteratorType.LINE, thai, text).Select(b => text[b.Start..b.End]).ToList();

    /// <summary>Grapheme clusters: a consonant keeps its vowels and tone marks even when a word must be cut.</summary>
    private static List<string> Graphemes(string text)
    {
        var pieces = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext()) pieces.Add(e.GetTextElement());
        return pieces;
    }

    private static Locale? TryStartIcu()
    {
        try
        {
            Wrapper.Init();
            var thai = new Locale("th");
            return BreakIterator.GetBoundaries(BreakIterator.UBreakIteratorType.LINE, thai, "ทดสอบ").Any() ? thai : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or TypeInitializationException or FileLoadException)
        {
            return null;
        }
    }
}
