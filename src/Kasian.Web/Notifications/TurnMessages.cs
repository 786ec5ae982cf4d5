using Kasian.Core.Engine;
using Kasian.Core.Thai;
using Kasian.Web.Data;

namespace Kasian.Web.Notifications;

/// <summary>
/// The Thai text of a memo's turn, the same on every channel: what happened, the number, the subject, the step, the
/// due time (พ.ศ., Thai digits) and the link to the memo.
/// </summary>
public static class TurnMessages
{
    public static (string Title, string Text) Compose(NotificationKind kind, Memo memo, MemoEvent e, MemoEventRecord record, string? stepTitle, string link)
    {
        var number = memo.Number is { } n ? $"ที่ {n}" : "(ยังไม่มีเลขที่)";
        var headline = NotificationKinds.Thai(kind);
        var lines = new List<string> { headline, $"บันทึกข้อความ {number}", $"เรื่อง {memo.Subject}" };
        if (stepTitle is not null) lines.Add($"ขั้นตอน {stepTitle}");
        switch (e)
        {
            case StepOpened opened:
                lines.Add($"กำหนดเวลา {(opened.DueAt is { } due ? ThaiDate.ShortWithTime(due) : "ไม่กำหนด")}");
                break;
            case StepReassigned:
                lines.Add($"กำหนดเวลา {(memo.DueAt is { } reassignedDue ? ThaiDate.ShortWithTime(reassignedDue) : "ไม่กำหนด")}");
                break;
            case StepActed acted:
                lines.Add($"โดย {record.ActorName} {acted.Capacity.Text}".TrimEnd());
                lines.Add($"เมื่อ {ThaiDate.ShortWithTime(record.At)}");
                if (Words(acted) is { } words) lines.Add(words);
                break;
            case MemoRecalled:
                lines.Add($"ผู้เสนอ ({record.ActorName}) เรียกคืนเมื่อ {ThaiDate.ShortWithTime(record.At)}");
                break;
        }
        return ($"[เกษียน] {headline}: บันทึก{number} เรื่อง {memo.Subject}", string.Join("\n", lines) + $"\n\nเปิดบันทึก: {link}");
    }

    private static string? Words(StepActed acted) => acted switch
    {
        MemoReturned r => $"เหตุผล: {r.Reason}",
        MemoRejected r => $"เหตุผล: {r.Reason}",
        MemoApproved { Comment: { Length: > 0 } c } => $"ความเห็น: {c}",
        MemoAcknowledged { Comment: { Length: > 0 } c } => $"ความเห็น: {c}",
        _ => null,
    };
}
