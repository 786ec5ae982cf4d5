namespace Kasian.Web.Pages.Admin;

/// <summary>The texts of first start and the administration pages, Thai first.</summary>
internal static class AdminTexts
{
    internal static readonly Dictionary<string, (string Th, string En)> All = new()
    {
        ["nav.admin"] = ("ผู้ดูแลระบบ", "Administration"),
        ["setup.title"] = ("ตั้งค่าเริ่มต้น", "First start"),
        ["calendars.title"] = ("ปฏิทินวันหยุด", "Holiday calendars"),
        ["calendars.heading"] = ("ปฏิทินวันหยุด พ.ศ. {0} (ค.ศ. {1})", "Holidays of {1} (BE {0})"),
        ["calendars.prev"] = ("ปีก่อนหน้า", "Previous year"),
        ["calendars.next"] = ("ปีถัดไป", "Next year"),
        ["calendars.national"] = ("วันหยุดราชการ (ทุกหน่วยงานในระบบ)", "National holidays (every office)"),
        ["calendars.local"] = ("วันหยุดเฉพาะของหน่วยงาน", "This office's own holidays"),
        ["calendars.date"] = ("วันที่", "Date"),
        ["calendars.name"] = ("ชื่อวันหยุด", "Holiday"),
        ["calendars.empty"] = ("ไม่มีวันหยุดในรายการ", "No holidays listed."),
        ["calendars.source.file"] = ("จากไฟล์วันหยุดที่ติดตั้งมากับระบบ (workflows/calendars)", "From the calendar file installed with Kasian (workflows/calendars)."),
        ["calendars.source.database"] = ("บันทึกในระบบเมื่อ {0} โดย {1}", "Published in Kasian on {0} by {1}."),
        ["calendars.source.none"] = ("ยังไม่มีรายการของปีนี้", "No list for this year yet."),
        ["calendars.nationalMissing"] = ("ยังไม่มีรายการวันหยุดราชการของปีนี้ กำหนดเวลาแบบนับวันทำการในปีนี้จะข้ามเฉพาะวันเสาร์และวันอาทิตย์", "No national holiday list for this year: working-day deadlines in it skip only Saturdays and Sundays."),
        ["calendars.edit.national"] = ("แก้ไขวันหยุดราชการของปีนี้ (มีผลกับทุกหน่วยงานในระบบ)", "Replace the national list of this year (every office)"),
        ["calendars.edit.local"] = ("แก้ไขวันหยุดเฉพาะของหน่วยงานในปีนี้", "Replace this office's holidays of this year"),
        ["calendars.lines.hint"] = ("หนึ่งบรรทัดต่อหนึ่งวัน: ปี-เดือน-วัน เว้นวรรค แล้วตามด้วยชื่อวันหยุด เช่น 2027-01-01 วันขึ้นปีใหม่ (ปี ค.ศ. หรือ พ.ศ. ก็ได้) รายการที่บันทึกจะแทนที่รายการเดิมทั้งหมด", "One holiday a line: year-month-day, a space, then its name, e.g. 2027-01-01 New Year's Day (Gregorian or Buddhist-Era year). What you save replaces the whole list."),
        ["calendars.lines.localEmpty"] = ("เว้นว่างทั้งหมดเพื่อลบรายการของปีนี้", "Leave it empty to remove this year's list."),
        ["calendars.save.national"] = ("บันทึกวันหยุดราชการ", "Save the national list"),
        ["calendars.save.local"] = ("บันทึกวันหยุดของหน่วยงาน", "Save the office's holidays"),
        ["calendars.saved"] = ("บันทึกแล้ว ขั้นตอนที่เปิดต่อจากนี้จะนับกำหนดเวลาตามรายการใหม่", "Saved. Steps opened from now on count their deadlines on the new list."),
        ["calendars.line"] = ("บรรทัดที่ {0}", "Line {0}"),
        ["calendars.warning"] = ("ยังไม่มีรายการวันหยุดราชการของปี {0} กำหนดเวลาแบบนับวันทำการในปีนั้นจะข้ามเฉพาะวันเสาร์และวันอาทิตย์", "No national holiday list for {0}: working-day deadlines in that year skip only Saturdays and Sundays."),
        ["calendars.warning.year"] = ("พ.ศ. {0} (ค.ศ. {1})", "{1} (BE {0})"),
        ["calendars.warning.and"] = (" และ ", " and "),
        ["calendars.warning.link"] = ("เพิ่มรายการวันหยุดของปี {0}", "Add the holiday list of {0}"),
    };
}
