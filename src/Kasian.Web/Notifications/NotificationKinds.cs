namespace Kasian.Web.Notifications;

/// <summary>The stable codes of <see cref="NotificationKind"/> (API, webhook payloads, forms) and their Thai labels.</summary>
public static class NotificationKinds
{
    public static readonly NotificationKind[] All = Enum.GetValues<NotificationKind>();

    /// <summary>The channels a person chooses for; in-app has no choice (always immediate).</summary>
    public static readonly string[] ChoosableChannels = ["email", "line", "webhook"];

    public static string Code(NotificationKind kind) => kind switch
    {
        NotificationKind.StepOpened => "step-opened",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static NotificationKind? Parse(string? code) =>
        All.Select(k => (NotificationKind?)k).FirstOrDefault(k => Code(k!.Value) == code);

    public static string Thai(NotificationKind kind) => kind switch
    {
        NotificationKind.StepOpened => "หนังสือรอท่านพิจารณา",
        NotificationKind.Returned => "หนังสือถูกส่งคืนให้แก้ไข",
        NotificationKind.Approved => "หนังสือได้รับอนุมัติ",
        NotificationKind.Rejected => "หนังสือไม่ได้รับอนุมัติ",
        NotificationKind.Acknowledged => "ผู้บังคับบัญชารับทราบหนังสือ",
        NotificationKind.Recalled => "หนังสือถูกเรียกคืน",
        NotificationKind.Reminder => "การเตือนหนังสือค้าง",
        NotificationKind.Escalation => "การยกระดับหนังสือค้าง",
        _ => kind.ToString(),
    };

    public static string ChannelThai(string channel) => channel switch
    {
        "in-app" => "ในระบบ",
        "email" => "อีเมล",
        "line" => "ไลน์ (LINE)",
        "webhook" => "เว็บฮุก",
        _ => channel,
    };
}
