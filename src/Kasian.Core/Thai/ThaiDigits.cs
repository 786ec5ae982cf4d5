namespace Kasian.Core.Thai;

/// <summary>Thai digits ๐–๙ (U+0E50–U+0E59) map one to one onto 0–9; official output uses them.</summary>
public static class ThaiDigits
{
    private const char ThaiZero = '\u0E50';

    public static string ToThai(string text) => Map(text, '0', '9', ThaiZero);

    public static string ToLatin(string text) => Map(text, ThaiZero, (char)(ThaiZero + 9), '0');

    public static string ToThai(long number) => ToThai(number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Map(string text, char from, char to, char targetZero)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyInRange(from, to))
            return text;
        return string.Create(text.Length, (text, from, to, targetZero), static (span, s) =>
        {
            for (var i = 0; i < s.text.Length; i++)
            {
                var c = s.text[i];
                span[i] = c >= s.from && c <= s.to ? (char)(s.targetZero + (c - s.from)) : c;
            }
        });
    }
}
