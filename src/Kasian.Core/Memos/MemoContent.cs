namespace Kasian.Core.Memos;

/// <summary>
/// What the originator writes on the บันทึกข้อความ: ส่วนราชการ (with its phone), เรื่อง, เรียน, the body and the
/// urgency. Creating and editing record it whole, so the event log alone says what the memo said at every moment.
/// </summary>
public sealed record MemoContent(string Unit, string? UnitPhone, string Subject, string To, string Body, Urgency Urgency)
{
    /// <summary>Nothing written yet: the content of a memo before its creation is applied.</summary>
    public static MemoContent Empty { get; } = new("", null, "", "", "", Urgency.Normal);
}
