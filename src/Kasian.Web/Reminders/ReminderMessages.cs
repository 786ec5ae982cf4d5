using Kasian.Core.Reminders;
using Kasian.Core.Routes;
using Kasian.Core.Thai;
using Kasian.Web.Data;

namespace Kasian.Web.Reminders;

/// <summary>The Thai text of a reminder or an escalation, the same on every channel.</summary>
public static class ReminderMessages
{
    public static (string Title, string Text) Compose(Memo memo, RouteStep step, int number, string? escalatedTo, TimeSpan overdue, TimeSpan dayLength, string link)
    {
        var late = OverdueText.Of(overdue, dayLength);
        var number_ = memo.Number is { } n ? $"ที่ {n}" : "(ยังไม่มีเลขที่)";
        var due = memo.DueAt is { } d ? ThaiDate.ShortWithTime(d) : "-";
        var lines = new List<string>
        {
            $"บันทึกข้อความ {number_}",
            $"เรื่อง {memo.Subject}",
            $"ขั้นตอน {step.Title}",
            $"{late} (กำหนด {due})",
        };
        if (escalatedTo is not null)
        {
            lines.Insert(0, $"เรียน {escalatedTo}");
            lines.Add($"ได้เตือนผู้รับผิดชอบครบ {ThaiDigits.ToThai(number - 1)} ครั้งแล้ว บันทึกยังค้างอยู่ จึงเรียนมาเพื่อโปรดทราบและเร่งรัด");
            return ($"[เกษียน] ยกระดับ: บันทึก{number_} ค้างที่{step.Title} {late}", string.Join("\n", lines) + $"\n\nเปิดบันทึก: {link}");
        }
        var of = step.Reminders is { } p ? $" จาก {ThaiDigits.ToThai(p.Max)}" : "";
        lines.Add($"แจ้งเตือนครั้งที่ {ThaiDigits.ToThai(number)}{of}");
        return ($"[เกษียน] เตือน: บันทึก{number_} รอ{step.Title} {late}", string.Join("\n", lines) + $"\n\nเปิดบันทึก: {link}");
    }

    public static string LinkTo(string publicBaseUrl, Guid memoId) => $"{publicBaseUrl.TrimEnd('/')}/memos/{memoId}";
}
