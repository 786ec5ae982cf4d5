namespace Kasian.Web.Pages;

/// <summary>The texts of the notifications page (the list, the channels, the choices per kind, quiet hours, LINE linking), Thai first.</summary>
internal static class NotificationTexts
{
    internal static readonly Dictionary<string, (string Th, string En)> All = new()
    {
        ["notifications.title"] = ("การแจ้งเตือน", "Notifications"),
        ["notifications.empty"] = ("ยังไม่มีการแจ้งเตือน", "No notifications yet"),
        ["notifications.open"] = ("เปิดบันทึกข้อความ", "Open the memo"),
        ["notifications.markRead"] = ("อ่านแล้ว", "Mark as read"),
        ["notifications.unread"] = ("ยังไม่อ่าน", "Unread"),
        ["channels.title"] = ("ช่องทางรับการแจ้งเตือน", "How notifications reach me"),
        ["channels.inApp"] = ("ในระบบเกษียน (เปิดเสมอ)", "In Kasian (always on)"),
        ["channels.email"] = ("อีเมล", "E-mail"),
        ["channels.line"] = ("รหัสผู้ใช้ไลน์ (LINE user ID)", "LINE user ID"),
        ["channels.lineHint"] = ("ไม่ต้องพิมพ์เอง: ใช้รหัสเชื่อมบัญชีไลน์ด้านล่าง", "No need to type it: use the LINE linking code below"),
        ["channels.webhook"] = ("ที่อยู่เว็บฮุก (ลงลายมือชื่อดิจิทัล HMAC-SHA256)", "Webhook URL (signed with HMAC-SHA256)"),
        ["channels.save"] = ("บันทึกการตั้งค่า", "Save settings"),
        ["channels.saved"] = ("บันทึกการตั้งค่าการแจ้งเตือนแล้ว", "Notification settings saved"),
        ["choices.title"] = ("เรื่องที่ต้องการรับแจ้ง แยกตามช่องทาง", "What I am told, per channel"),
        ["choices.kind"] = ("เรื่อง", "Kind"),
        ["choices.hint"] = ("ช่องทางในระบบแจ้งทุกเรื่องทันทีเสมอ", "In Kasian, everything is shown at once"),
        ["choices.digest"] = ("รวมเป็นสรุปรายวัน (๐๘.๓๐ น. วันทำการ) แทนการแจ้งทีละเรื่อง", "One daily digest (08:30 on working days) instead of single messages"),
        ["choices.quiet"] = ("ไม่รบกวนนอกเวลาราชการ: อีเมล ไลน์ และเว็บฮุก นอกเวลาราชการจะส่งเวลา ๐๘.๓๐ น. ของวันทำการถัดไป", "Quiet hours: e-mail, LINE and webhook messages outside office hours wait until 08:30 of the next working day"),
        ["line.title"] = ("เชื่อมบัญชีไลน์", "Link my LINE account"),
        ["line.intro"] = ("ขอรหัสเชื่อมบัญชี แล้วส่งรหัสนั้นเป็นข้อความถึงบัญชีไลน์ทางการ (LINE Official Account) ของสำนักงาน", "Ask for a linking code, then send it as a message to the office's LINE Official Account"),
        ["line.linked"] = ("เชื่อมกับบัญชีไลน์แล้ว", "Linked to a LINE account"),
        ["line.notLinked"] = ("ยังไม่ได้เชื่อมบัญชีไลน์", "No LINE account linked yet"),
        ["line.ask"] = ("ขอรหัสเชื่อมบัญชีไลน์", "Get a linking code"),
        ["line.code"] = ("รหัสเชื่อมบัญชีของท่าน (ใช้ได้ครั้งเดียว)", "Your linking code (one time only)"),
        ["line.expires"] = ("ใช้ได้ถึง {0}", "Valid until {0}"),
        ["line.addFriend"] = ("สแกนคิวอาร์โค้ดเพื่อเพิ่มบัญชีไลน์ทางการของสำนักงานเป็นเพื่อน แล้วส่งรหัสนี้", "Scan the QR code to add the office's LINE Official Account as a friend, then send this code"),
        ["problem.line-not-configured"] = ("ระบบนี้ยังไม่ได้ตั้งค่าบัญชีไลน์ทางการของสำนักงาน กรุณาติดต่อผู้ดูแลระบบ", "This installation has no LINE Official Account yet; ask the administrator."),
        ["kind.step-opened"] = ("หนังสือรอท่านพิจารณา", "A memo waits for me"),
        ["kind.returned"] = ("หนังสือของฉันถูกส่งคืนให้แก้ไข", "My memo was returned for revision"),
        ["kind.approved"] = ("หนังสือได้รับอนุมัติ", "A memo was approved"),
        ["kind.rejected"] = ("หนังสือไม่ได้รับอนุมัติ", "A memo was rejected"),
        ["kind.acknowledged"] = ("ผู้บังคับบัญชารับทราบหนังสือ", "A memo was acknowledged"),
        ["kind.recalled"] = ("หนังสือถูกเรียกคืน", "A memo was recalled"),
        ["kind.reminder"] = ("เตือนหนังสือค้างพิจารณา", "Reminders of a waiting memo"),
        ["kind.escalation"] = ("ยกระดับหนังสือค้างพิจารณา", "Escalations of an overdue memo"),
        ["channel.email"] = ("อีเมล", "E-mail"),
        ["channel.line"] = ("ไลน์", "LINE"),
        ["channel.webhook"] = ("เว็บฮุก", "Webhook"),
    };
}
