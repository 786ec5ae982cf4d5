namespace Kasian.Core.Memos;

/// <summary>ชั้นความเร็ว. Ordered so that a higher value is more urgent.</summary>
public enum Urgency
{
    Normal = 0,

    /// <summary>ด่วน</summary>
    Urgent = 1,

    /// <summary>ด่วนมาก</summary>
    VeryUrgent = 2,

    /// <summary>ด่วนที่สุด</summary>
    MostUrgent = 3,
}

public static class UrgencyText
{
    public static string ToCode(this Urgency urgency) => urgency switch
    {
        Urgency.Urgent => "urgent",
        Urgency.VeryUrgent => "very-urgent",
        Urgency.MostUrgent => "most-urgent",
        _ => "normal",
    };

    public static Urgency? FromCode(string? code) => code switch
    {
        null or "" or "normal" => Urgency.Normal,
        "urgent" => Urgency.Urgent,
        "very-urgent" => Urgency.VeryUrgent,
        "most-urgent" => Urgency.MostUrgent,
        _ => null,
    };

    public static string Thai(this Urgency urgency) => urgency switch
    {
        Urgency.Urgent => "ด่วน",
        Urgency.VeryUrgent => "ด่วนมาก",
        Urgency.MostUrgent => "ด่วนที่สุด",
        _ => "",
    };
}
