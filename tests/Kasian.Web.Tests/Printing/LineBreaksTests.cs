using System.Globalization;
using Kasian.Web.Printing;

namespace Kasian.Web.Tests.Printing;

/// <summary>Thai line breaking: ICU's dictionary where libicu is (it is wherever .NET runs with globalization), the fallback otherwise.</summary>
public sealed class LineBreaksTests
{
    [Fact]
    public void Icu_breaks_thai_between_words_and_keeps_trailing_spaces_with_the_word()
    {
        Assert.True(LineBreaks.UsesIcu, "libicu should load through icu.net on this machine, as .NET's own globalization does");
        Assert.Equal(["จึง", "เรียน", "มา", "เพื่อ", "โปรด", "ทราบ"], LineBreaks.Segments("จึงเรียนมาเพื่อโปรดทราบ"));
        Assert.Equal(["หัวหน้า", "สำนัก", "ปลัด ", "รักษา", "ราชการ", "แทน"], LineBreaks.Segments("หัวหน้าสำนักปลัด รักษาราชการแทน"));
    }

    [Fact]
    public void Fallback_breaks_after_spaces_and_before_leading_vowels_and_never_inside_a_cluster()
    {
        var text = "ความเห็นปลัด รักษาราชการแทน ผู้ใหญ่บ้าน";
        var pieces = LineBreaks.FallbackSegments(text);

        Assert.Equal(text, string.Concat(pieces));
        Assert.Equal(["ความ", "เห็นปลัด ", "รักษาราชการ", "แทน ", "ผู้", "ใหญ่บ้าน"], pieces);
        Assert.All(pieces, p => Assert.NotEqual(UnicodeCategory.NonSpacingMark, CharUnicodeInfo.GetUnicodeCategory(p[0])));
    }

    [Fact]
    public void Wrap_fills_lines_to_the_width_and_cuts_an_overlong_word_between_clusters()
    {
        static float Letters(string s) => new StringInfo(s).LengthInTextElements;
        var lines = LineBreaks.Wrap("ตามที่องค์การบริหารส่วนตำบลภูซาง ได้เข้าร่วมการประเมิน", Letters, 8, 12);

        Assert.Equal("ตามที่องค์การบริหารส่วนตำบลภูซาง ได้เข้าร่วมการประเมิน".Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
        Assert.True(Letters(lines[0]) <= 8, lines[0]);
        Assert.All(lines.Skip(1), l => Assert.True(Letters(l) <= 12, l));

        var hash = new string('a', 64);
        Assert.All(LineBreaks.Wrap("SHA-256 " + hash, s => s.Length, 30, 30), l => Assert.True(l.Length <= 30, l));
    }

    [Fact]
    public void Lead_takes_the_first_word_or_two_for_the_continuation_line()
    {
        Assert.Equal("ความเห็น", LineBreaks.Lead("ความเห็นปลัดองค์การบริหารส่วนตำบลภูซาง"));
        Assert.Equal("ความเห็น", LineBreaks.Lead("ความเห็น / คำสั่ง นายกองค์การบริหารส่วนตำบลภูซาง"));
        Assert.Equal("ตามที่", LineBreaks.Lead("ตามที่องค์การบริหารส่วนตำบลภูซาง"));
    }
}
