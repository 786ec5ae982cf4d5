using Kasian.Core.Thai;

namespace Kasian.Web.Pages;

/// <summary>
/// Every label of the pages in Thai (the default) and English, keyed by a short name. The language is a
/// cookie the reader sets with one click. Dates are Buddhist Era either way; Thai digits in Thai.
/// </summary>
public sealed class Texts(IHttpContextAccessor accessor)
{
    public const string Cookie = "kasian-lang";

    public string Language { get; } = accessor.HttpContext?.Request.Cookies[Cookie] == "en" ? "en" : "th";

    public bool English => Language == "en";

    public string this[string key] =>
        All.TryGetValue(key, out var t) ? (English ? t.En : t.Th) : throw new KeyNotFoundException($"No text '{key}'.");

    public string Format(string key, params object[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], args);

    /// <summary>A count or number as the reader's language writes it.</summary>
    public string Number(long n) => English ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : ThaiDigits.ToThai(n);

    public string Digits(string text) => English ? ThaiDigits.ToLatin(text) : ThaiDigits.ToThai(text);

    public string When(DateTimeOffset at) => English ? ThaiDate.LatinShortWithTime(at) : ThaiDate.ShortWithTime(at);

    public string Day(DateOnly day) => English
        ? $"{day.Day} {System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(day.Month)} {ThaiDate.BuddhistYear(day.Year)}"
        : ThaiDate.ShortForm(day);

    public string Status(string code) => this["status." + code];

    public string Urgency(string code) => this["urgency." + code];

    /// <summary>A handler's problem in words the reader can act on; the stable code picks the text, the detail is the fallback.</summary>
    public string Problem(Common.Problem problem) => ProblemCode(problem.Code, problem.Detail);

    /// <summary>A problem known only by its code (one item of a bulk decision); the detail when there are no words for it.</summary>
    public string ProblemCode(string code, string? detail) => All.ContainsKey("problem." + code) ? this["problem." + code] : detail ?? code;

    /// <summary>A field's validation message in the reader's language (<see cref="FieldErrors"/>).</summary>
    public string FieldError(string field, string message) => English ? message : FieldErrors.InThai(this, field, message);

    /// <summary>"3 h 20 min" / "๓ ชม. ๒๐ นาที".</summary>
    public string Duration(TimeSpan span)
    {
        var hours = (long)span.TotalHours;
        var minutes = span.Minutes;
        if (hours >= 48) return Format("duration.days", Number(hours / 24), Number(hours % 24));
        return hours > 0 ? Format("duration.hours", Number(hours), Number(minutes)) : Format("duration.minutes", Number(Math.Max(minutes, 0)));
    }

    private static readonly Dictionary<string, (string Th, string En)> Memos = new()
    {
        ["app.name"] = ("เกษียน", "Kasian"),
        ["app.tagline"] = ("ระบบเสนอและเกษียนหนังสือ", "Memo routing and sign-off"),
        ["nav.inbox"] = ("หนังสือรอดำเนินการ", "Inbox"),
        ["nav.sent"] = ("หนังสือที่ส่ง", "Sent"),
        ["nav.search"] = ("ค้นหา", "Search"),
        ["nav.new"] = ("เขียนบันทึกข้อความ", "New memo"),
        ["nav.dashboard"] = ("ภาพรวม", "Dashboard"),
        ["nav.notifications"] = ("การแจ้งเตือน", "Notifications"),
        ["nav.notifications.unread"] = ("ยังไม่อ่าน {0} รายการ", "{0} unread"),
        ["notifications.title"] = ("การแจ้งเตือน", "Notifications"),
        ["notifications.empty"] = ("ยังไม่มีการแจ้งเตือน", "No notifications yet"),
        ["notifications.open"] = ("เปิดบันทึกข้อความ", "Open the memo"),
        ["notifications.markRead"] = ("อ่านแล้ว", "Mark as read"),
        ["notifications.unread"] = ("ยังไม่อ่าน", "Unread"),
        ["channels.title"] = ("ช่องทางรับการแจ้งเตือน", "How reminders reach me"),
        ["channels.inApp"] = ("ในระบบ (เปิดเสมอ)", "In Kasian (always on)"),
        ["channels.email"] = ("อีเมล", "E-mail"),
        ["channels.line"] = ("รหัสผู้ใช้ LINE ของท่าน (ได้จากบัญชี LINE ของสำนักงาน)", "LINE user id (LINE Messaging API)"),
        ["channels.webhook"] = ("ที่อยู่เว็บสำหรับส่งต่อการแจ้งเตือนไปยังระบบอื่น (มีลายมือชื่ออิเล็กทรอนิกส์กำกับ)", "Webhook URL (signed with HMAC-SHA256)"),
        ["channels.save"] = ("บันทึกช่องทาง", "Save channels"),
        ["channels.saved"] = ("บันทึกช่องทางการแจ้งเตือนแล้ว", "Channels saved"),
        ["nav.skip"] = ("ข้ามไปยังเนื้อหา", "Skip to content"),
        ["nav.main"] = ("เมนูหลัก", "Main menu"),
        ["lang.switch"] = ("English", "ภาษาไทย"),
        ["lang.switch.label"] = ("Switch to English", "เปลี่ยนเป็นภาษาไทย"),
        ["auth.signin"] = ("เข้าสู่ระบบ", "Sign in"),
        ["auth.signout"] = ("ออกจากระบบ", "Sign out"),
        ["auth.username"] = ("ชื่อผู้ใช้", "Username"),
        ["auth.password"] = ("รหัสผ่าน", "Password"),
        ["auth.failed"] = ("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", "Wrong username or password."),
        ["auth.tooMany"] = ("เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป ระบบระงับการเข้าสู่ระบบของบัญชีนี้หรือเครื่องนี้ไว้ชั่วคราว โปรดลองใหม่ในอีก {0} นาที",
            "Too many failed sign-ins: signing in to this account or from this computer is paused. Try again in {0} minute(s)."),
        ["auth.signedInAs"] = ("ผู้ใช้", "Signed in as"),
        ["auth.demo"] = ("บัญชีทดลอง: thapthim, naphaporn, worawit รหัสผ่าน demo", "Demo accounts: thapthim, naphaporn, worawit; password demo"),
        ["inbox.title"] = ("หนังสือรอดำเนินการ", "Waiting for me"),
        ["inbox.empty"] = ("ไม่มีหนังสือรอท่านดำเนินการ", "Nothing is waiting for you."),
        ["sent.title"] = ("หนังสือที่ข้าพเจ้าเสนอ", "Memos I started"),
        ["sent.empty"] = ("ยังไม่มีหนังสือที่ท่านเสนอ", "You have not started any memo."),
        ["search.title"] = ("ค้นหาหนังสือ", "Search memos"),
        ["search.q"] = ("คำค้น (เลขที่ เรื่อง ข้อความ ความเห็น หรือชื่อผู้เสนอ)", "Words (number, subject, body, comments or the originator's name)"),
        ["search.from"] = ("ตั้งแต่วันที่", "From date"),
        ["search.to"] = ("ถึงวันที่", "To date"),
        ["search.status"] = ("สถานะ", "Status"),
        ["search.any"] = ("ทั้งหมด", "Any"),
        ["search.go"] = ("ค้นหา", "Search"),
        ["search.empty"] = ("ไม่พบหนังสือ", "No memos found."),
        ["search.dateHint"] = ("วันที่ของหนังสือ (วันที่เสนอ) เขียนเป็น วัน/เดือน/ปี พ.ศ. เช่น ๑๑/๒/๒๕๖๘", "The memo's date (day submitted) as day/month/Buddhist year, e.g. 11/2/2568"),
        ["list.number"] = ("ที่", "Number"),
        ["list.subject"] = ("เรื่อง", "Subject"),
        ["list.urgency"] = ("ชั้นความเร็ว", "Urgency"),
        ["list.due"] = ("กำหนดเสร็จ", "Due"),
        ["list.status"] = ("สถานะ", "Status"),
        ["list.where"] = ("อยู่ที่", "Now at"),
        ["list.since"] = ("ตั้งแต่", "Since"),
        ["list.from"] = ("ผู้เสนอ", "From"),
        ["list.updated"] = ("ปรับปรุงล่าสุด", "Updated"),
        ["list.overdue"] = ("เกินกำหนด", "Overdue"),
        ["list.noNumber"] = ("(ยังไม่ออกเลข)", "(not numbered yet)"),
        ["list.page"] = ("หน้า {0} จาก {1}", "Page {0} of {1}"),
        ["list.prev"] = ("ก่อนหน้า", "Previous"),
        ["list.next"] = ("ถัดไป", "Next"),
        ["status.draft"] = ("ร่าง", "Draft"),
        ["status.pending"] = ("ระหว่างเสนอ", "Pending"),
        ["status.approved"] = ("เห็นชอบแล้ว", "Approved"),
        ["status.rejected"] = ("ไม่เห็นชอบ", "Rejected"),
        ["status.acknowledged"] = ("ทราบแล้ว", "Acknowledged"),
        ["status.returned"] = ("ส่งคืนแก้ไข", "Returned"),
        ["status.recalled"] = ("เรียกคืนแล้ว", "Recalled"),
        ["urgency.normal"] = ("ปกติ", "Normal"),
        ["urgency.urgent"] = ("ด่วน", "Urgent"),
        ["urgency.very-urgent"] = ("ด่วนมาก", "Very urgent"),
        ["urgency.most-urgent"] = ("ด่วนที่สุด", "Most urgent"),
        ["memo.unit"] = ("ส่วนราชการ", "Unit (ส่วนราชการ)"),
        ["memo.unitPhone"] = ("โทร", "Phone"),
        ["memo.number"] = ("ที่", "Number (ที่)"),
        ["memo.date"] = ("วันที่", "Date (วันที่)"),
        ["memo.subject"] = ("เรื่อง", "Subject (เรื่อง)"),
        ["memo.to"] = ("เรียน", "To (เรียน)"),
        ["memo.body"] = ("ข้อความ", "Body"),
        ["memo.urgency"] = ("ชั้นความเร็ว", "Urgency"),
        ["memo.signer"] = ("ผู้เสนอ", "Signed by"),
        ["memo.attachments"] = ("สิ่งที่ส่งมาด้วย", "Attachments"),
        ["memo.noAttachments"] = ("ไม่มีเอกสารแนบ", "No attachments."),
        ["memo.addAttachment"] = ("แนบไฟล์", "Attach a file"),
        ["memo.upload"] = ("อัปโหลด", "Upload"),
        ["memo.timeline"] = ("ลำดับเหตุการณ์", "Timeline"),
        ["memo.currentStep"] = ("ขั้นตอนปัจจุบัน", "Current step"),
        ["memo.waitingFor"] = ("รอ", "Waiting for"),
        ["memo.print"] = ("พิมพ์บันทึกข้อความ", "Print the memo"),
        ["memo.pdf"] = ("ดาวน์โหลด PDF", "Download the PDF"),
        ["memo.edit"] = ("แก้ไข", "Edit"),
        ["memo.save"] = ("บันทึก", "Save"),
        ["memo.create"] = ("บันทึกร่าง", "Save draft"),
        ["memo.newTitle"] = ("เขียนบันทึกข้อความ", "New memo"),
        ["memo.editTitle"] = ("แก้ไขบันทึกข้อความ", "Edit memo"),
        ["memo.bodyHint"] = ("ขึ้นบรรทัดใหม่ได้ตามต้องการ ระบบจะคงรูปแบบไว้", "Line breaks are kept as typed."),
        ["memo.saved"] = ("บันทึกแล้ว", "Saved."),
        ["memo.back"] = ("กลับไปที่บันทึกข้อความ", "Back to the memo"),
        ["action.panel"] = ("การดำเนินการ", "Actions"),
        ["action.as"] = ("ท่านดำเนินการในฐานะ", "You act as"),
        ["action.comment"] = ("ความเห็น", "Comment"),
        ["action.commentOptional"] = ("ความเห็น (ถ้ามี)", "Comment (optional)"),
        ["action.reason"] = ("เหตุผล (จำเป็น)", "Reason (required)"),
        ["action.endorse"] = ("ลงความเห็นและเสนอต่อ", "Endorse and pass on"),
        ["action.approve"] = ("เห็นชอบ", "Approve"),
        ["action.reject"] = ("ไม่เห็นชอบ", "Reject"),
        ["action.return"] = ("ส่งคืนแก้ไข", "Return for revision"),
        ["action.acknowledge"] = ("ทราบ", "Acknowledge"),
        ["action.submit"] = ("เสนอหนังสือ", "Submit"),
        ["action.resubmit"] = ("เสนอใหม่อีกครั้ง", "Resubmit"),
        ["action.recall"] = ("เรียกคืนหนังสือ", "Recall"),
        ["action.none"] = ("ไม่มีสิ่งที่ท่านต้องดำเนินการกับหนังสือนี้ในขณะนี้", "There is nothing for you to do on this memo now."),
        ["action.done"] = ("ดำเนินการเรียบร้อยแล้ว", "Done."),
        ["action.nextToo"] = ("ท่านดำรงตำแหน่งในขั้นตอนถัดไปด้วย: {0} — ดำเนินการต่อในฐานะนี้ได้ด้านล่าง", "You also hold the next step: {0}. You can act again in that capacity below."),
        ["action.decideLegend"] = ("ความเห็น / คำสั่ง", "Decision"),
        ["action.returnLegend"] = ("ส่งคืนผู้เสนอเพื่อแก้ไข", "Send back to the originator"),
        ["action.withOriginator"] = ("หนังสืออยู่กับผู้เสนอ แก้ไขและเสนอได้", "The memo is with you: edit it, then submit."),
        ["event.MemoCreated"] = ("สร้างร่างบันทึกข้อความ", "Draft created"),
        ["event.MemoEdited"] = ("แก้ไขบันทึกข้อความ", "Memo edited"),
        ["event.AttachmentAdded"] = ("แนบไฟล์", "File attached"),
        ["event.MemoSubmitted"] = ("เสนอหนังสือ ออกเลขที่", "Submitted and numbered"),
        ["event.MemoResubmitted"] = ("เสนอใหม่อีกครั้ง", "Resubmitted"),
        ["event.StepOpened"] = ("เข้าสู่ขั้นตอน", "Step opened"),
        ["event.StepEndorsed"] = ("ลงความเห็น", "Endorsed"),
        ["event.MemoApproved"] = ("เห็นชอบ", "Approved"),
        ["event.MemoRejected"] = ("ไม่เห็นชอบ", "Rejected"),
        ["event.MemoReturned"] = ("ส่งคืนแก้ไข", "Returned for revision"),
        ["event.MemoAcknowledged"] = ("ทราบ", "Acknowledged"),
        ["event.MemoRecalled"] = ("เรียกคืน", "Recalled"),
        ["event.ReminderSent"] = ("แจ้งเตือน", "Reminder sent"),
        ["event.StepEscalated"] = ("แจ้งผู้บังคับบัญชา", "Escalated"),
        ["event.StepReassigned"] = ("ผู้ดูแลระบบมอบหมายขั้นตอนให้ตำแหน่งอื่น", "Step reassigned by an administrator"),
        ["event.due"] = ("กำหนดเสร็จ", "due"),
        ["dash.vacant"] = ("หนังสือที่รออยู่ที่ตำแหน่งว่าง", "Memos waiting at vacant positions"),
        ["dash.vacant.at"] = ("รอที่ตำแหน่ง {0} ซึ่งวันนี้ไม่มีผู้ดำรงตำแหน่งหรือผู้รักษาราชการแทน", "waiting at {0}, which nobody holds or acts in today"),
        ["dash.title"] = ("ภาพรวมการเสนอหนังสือ", "Dashboard"),
        ["dash.pending"] = ("หนังสือรอที่แต่ละขั้นตอน", "Memos waiting at each step"),
        ["dash.pendingKey"] = ("รอดำเนินการ", "pending"),
        ["print.tools"] = ("เครื่องมือ", "Tools"),
        ["print.hint"] = ("ใช้คำสั่งพิมพ์ของเบราว์เซอร์ (Ctrl+P) เพื่อพิมพ์หรือบันทึกเป็น PDF ขนาด A4", "Use your browser's Print (Ctrl+P) to print or save as PDF (A4)."),
        ["dash.overdue"] = ("เกินกำหนด", "overdue"),
        ["dash.median"] = ("เวลากลาง (มัธยฐาน) ที่หนังสืออยู่ในแต่ละขั้นตอน", "Median time memos spend at each step"),
        ["dash.last30"] = ("๓๐ วันล่าสุด", "Last 30 days"),
        ["dash.last90"] = ("๙๐ วันล่าสุด", "Last 90 days"),
        ["dash.step"] = ("ขั้นตอน", "Step"),
        ["dash.count"] = ("จำนวน", "Count"),
        ["dash.samples"] = ("{0} ครั้ง", "{0} acts"),
        ["dash.none"] = ("ยังไม่มีข้อมูล", "No data yet."),
        ["dash.totalPending"] = ("รอดำเนินการทั้งหมด {0} เรื่อง เกินกำหนด {1} เรื่อง", "{0} pending, {1} overdue"),
        ["duration.minutes"] = ("{0} นาที", "{0} min"),
        ["duration.hours"] = ("{0} ชม. {1} นาที", "{0} h {1} min"),
        ["duration.days"] = ("{0} วัน {1} ชม.", "{0} d {1} h"),
        ["problem.step-moved-on"] = ("หนังสือได้ผ่านขั้นตอนนี้ไปแล้ว กรุณาตรวจสอบอีกครั้ง", "The memo has already moved on from that step; check it again."),
        ["problem.concurrent-action"] = ("มีผู้อื่นดำเนินการกับหนังสือนี้พร้อมกัน กรุณาลองใหม่", "Someone else changed this memo at the same moment; try again."),
        ["problem.reason-required"] = ("กรุณาระบุเหตุผล", "A reason is required."),
        ["problem.already-decided"] = ("หนังสือนี้ได้รับการพิจารณาแล้ว", "This memo has already been decided."),
        ["problem.not-your-step"] = ("ขั้นตอนนี้ไม่ใช่ของท่าน", "This step is not yours to act on."),
        ["problem.not-found"] = ("ไม่พบหนังสือ", "The memo was not found."),
        ["problem.too-large"] = ("ไฟล์มีขนาดใหญ่เกินกำหนด", "The file is too large."),
        ["problem.validation-failed"] = ("กรุณากรอกข้อมูลให้ครบถ้วน", "Please complete the required fields."),
        ["form.required"] = ("(จำเป็น)", "(required)"),
        ["form.fileEmpty"] = ("กรุณาเลือกไฟล์", "Choose a file."),
        ["error.title"] = ("ไม่สามารถดำเนินการได้", "That did not work"),
        ["problem.storage-unavailable"] = ("ระบบบันทึกข้อมูลไม่ได้ชั่วคราว (พื้นที่เต็ม อ่านได้อย่างเดียว หรืออุปกรณ์ขัดข้อง) สิ่งที่ท่านส่งยังไม่ได้บันทึก กรุณาลองใหม่ในอีกสักครู่",
            "Kasian cannot save right now (its storage is full, read-only or failing); nothing you sent was saved. Please try again in a minute."),
        ["storage.title"] = ("บันทึกข้อมูลไม่ได้ชั่วคราว", "Cannot save for the moment"),
        ["storage.back"] = ("กดปุ่มย้อนกลับของเบราว์เซอร์เพื่อกลับไปยังข้อมูลที่กรอกไว้ แล้วส่งอีกครั้ง", "Use your browser's Back button to return to what you typed, then send it again."),
    };

    /// <summary>Every text of every area; each area keeps its own list in its own folder (<c>Admin/AdminTexts.cs</c>, ...).</summary>
    internal static readonly Dictionary<string, (string Th, string En)> All = Merge(Memos, Admin.AdminTexts.All, Account.AccountTexts.All, PrintImageTexts.All, InboxTexts.All);

    private static Dictionary<string, (string Th, string En)> Merge(params Dictionary<string, (string Th, string En)>[] areas)
    {
        var all = new Dictionary<string, (string Th, string En)>(StringComparer.Ordinal);
        foreach (var area in areas)
            foreach (var (key, text) in area)
                if (!all.TryAdd(key, text)) throw new InvalidOperationException($"The text '{key}' is defined twice.");
        return all;
    }
}
