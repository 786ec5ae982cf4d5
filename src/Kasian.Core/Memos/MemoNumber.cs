using Kasian.Core.Thai;

namespace Kasian.Core.Memos;

/// <summary>
/// ที่ of a memo: the office's register code, "/", and the running number from the outgoing register
/// ("พย ๗๒๔๐๑/๑๑๙"). <see cref="Year"/> is the BE year the register runs in (calendar or fiscal).
/// </summary>
public sealed record MemoNumber(string RegisterCode, int Year, int Sequence)
{
    public string Thai => ThaiDigits.ToThai($"{RegisterCode}/{Sequence}");

    public string Latin => ThaiDigits.ToLatin($"{RegisterCode}/{Sequence}");
}
