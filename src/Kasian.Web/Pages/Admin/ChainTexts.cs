namespace Kasian.Web.Pages.Admin;

/// <summary>The texts of the record's verification and digest pages, Thai first.</summary>
internal static class ChainTexts
{
    internal static readonly Dictionary<string, (string Th, string En)> All = new()
    {
        ["admin.verify.title"] = ("ตรวจสอบความถูกต้องของบันทึก", "Verify the record"),
        ["admin.verify.about"] = ("ตรวจทุกรายการของหน่วยงานกับห่วงโซ่แฮช ตรวจแถวบันทึกข้อความกับรายการของมัน และตรวจห่วงโซ่กับสรุปประจำวันที่ลงนามไว้",
            "Checks every event of the office against the hash chain, every memo row against its events, and the chain against its signed daily digests."),
        ["admin.verify.intact"] = ("บันทึกถูกต้องครบถ้วน ไม่พบการแก้ไข", "The record is intact: nothing was changed."),
        ["admin.verify.broken"] = ("บันทึกไม่ตรงกับห่วงโซ่ พบ {0} รายการ รายการแรกอยู่ด้านบน", "The record does not match its chain: {0} findings, the first at the top."),
        ["admin.verify.count"] = ("จำนวนรายการ", "Events"),
        ["admin.verify.head"] = ("หัวห่วงโซ่", "Chain head"),
        ["admin.verify.unsealed"] = ("รายการที่ยังไม่เข้าห่วงโซ่", "Not yet sealed"),
        ["admin.verify.memo"] = ("บันทึกข้อความ", "Memo"),
        ["admin.verify.sequence"] = ("ลำดับรายการ", "Sequence"),
        ["admin.verify.what"] = ("สิ่งที่พบ", "Finding"),
        ["admin.verify.digests"] = ("สรุปประจำวันที่ลงนาม", "Signed daily digests"),
        ["admin.verify.digests.about"] = ("เก็บไฟล์สรุปไว้นอกฐานข้อมูล (หรือพิมพ์เก็บ) แล้วใช้ verify --digests เพื่อตรวจว่าห่วงโซ่ไม่ถูกเขียนใหม่",
            "Keep the digest files outside the database (or print them); verify --digests then shows whether the chain was rewritten."),
        ["admin.verify.digests.none"] = ("ยังไม่มีสรุป", "No digest yet."),
        ["admin.verify.digest.make"] = ("ทำสรุปของวันนี้", "Make today's digest"),
        ["admin.verify.digest.day"] = ("วันที่", "Day"),
        ["admin.verify.digest.position"] = ("ตำแหน่ง", "Position"),
        ["admin.verify.digest.file"] = ("ไฟล์", "File"),
        ["admin.verify.digest.print"] = ("พิมพ์", "Print"),
        ["admin.done.digest"] = ("ทำสรุปของวันนี้แล้ว", "Today's digest is made."),
    };
}
