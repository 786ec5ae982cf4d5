using Kasian.Core.Thai;

namespace Kasian.Core.Tests.Thai;

public class ThaiDigitsTests
{
    [Fact]
    public void Latin_digits_become_Thai_digits()
    {
        Assert.Equal("๐๑๒๓๔๕๖๗๘๙", ThaiDigits.ToThai("0123456789"));
    }

    [Fact]
    public void Thai_digits_become_Latin_digits()
    {
        Assert.Equal("0123456789", ThaiDigits.ToLatin("๐๑๒๓๔๕๖๗๘๙"));
    }

    [Theory]
    [InlineData("ที่ พย 72401/119")]
    [InlineData("ปีงบประมาณ 2567 ได้ 99.78 คะแนน")]
    [InlineData("")]
    [InlineData("ไม่มีตัวเลข")]
    public void Latin_text_round_trips_through_Thai_digits(string text)
    {
        Assert.Equal(text, ThaiDigits.ToLatin(ThaiDigits.ToThai(text)));
    }

    [Fact]
    public void Only_digits_change()
    {
        Assert.Equal("ที่ พย ๗๒๔๐๑/๑๑๙", ThaiDigits.ToThai("ที่ พย 72401/119"));
        Assert.Equal("ที่ พย 72401/119", ThaiDigits.ToLatin("ที่ พย ๗๒๔๐๑/๑๑๙"));
    }

    [Fact]
    public void Numbers_are_written_in_Thai_digits()
    {
        Assert.Equal("๒๕๖๘", ThaiDigits.ToThai(2568));
        Assert.Equal("๐", ThaiDigits.ToThai(0));
        Assert.Equal("-๑๕", ThaiDigits.ToThai(-15));
    }

    [Fact]
    public void Null_text_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => ThaiDigits.ToThai((string)null!));
    }
}
