using System.Globalization;
using System.Text;

namespace Kasian.Core.Memos;

/// <summary>
/// Whether text shows anything to a reader. A reason made of zero-width spaces, joiners or other format and
/// control characters is no reason (DESIGN.md §9), so every "is it blank?" question in Kasian asks here.
/// </summary>
public static class VisibleText
{
    public static bool IsBlank(string? value)
    {
        if (string.IsNullOrEmpty(value)) return true;
        foreach (var rune in value.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune)) continue;
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) continue;
            return false;
        }
        return true;
    }

    /// <summary>The text trimmed, or null when nothing of it is visible.</summary>
    public static string? OrNull(string? value) => IsBlank(value) ? null : value!.Trim();
}
