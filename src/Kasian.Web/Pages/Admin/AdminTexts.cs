namespace Kasian.Web.Pages.Admin;

/// <summary>The texts of first start and the administration pages, Thai first.</summary>
internal static class AdminTexts
{
    internal static readonly Dictionary<string, (string Th, string En)> All = new()
    {
        ["nav.admin"] = ("ผู้ดูแลระบบ", "Administration"),
        ["setup.title"] = ("ตั้งค่าเริ่มต้น", "First start"),
        ["setup.intro"] = ("สร้างหน่วยงานแรกและผู้ดูแลระบบคนแรก ทำได้ครั้งเดียวเมื่อเริ่มใช้งาน (First start: the first office and its administrator, once)",
            "Create the first office and its first administrator. This can be done once, when Kasian is new."),
        ["setup.pending"] = ("ระบบยังไม่มีผู้ดูแลระบบ: เริ่มใช้งานด้วยการตั้งค่าเริ่มต้น (No administrator yet)", "Kasian has no administrator yet: start with first start."),
        ["setup.go"] = ("ไปที่หน้าตั้งค่าเริ่มต้น (/setup)", "Go to first start (/setup)"),
        ["setup.token"] = ("รหัสตั้งค่าระบบ (setup token)", "Setup token"),
        ["setup.tokenHint"] = ("ค่า Kasian:Setup:Token ที่กำหนดไว้ หรือรหัสที่ระบบเขียนไว้ในบันทึก (log) เมื่อเริ่มทำงาน",
            "Kasian:Setup:Token if it is configured, otherwise the token Kasian wrote to its log at start."),
        ["setup.organisation"] = ("หน่วยงาน (Organisation)", "Organisation"),
        ["setup.org.code"] = ("รหัสหน่วยงาน (code)", "Code"),
        ["setup.org.codeHint"] = ("อักษรอังกฤษตัวเล็ก ตัวเลข - _ . เช่น phusang", "Lower-case letters a-z, digits, '-', '_' and '.', e.g. phusang"),
        ["setup.org.name"] = ("ชื่อหน่วยงาน (name)", "Name"),
        ["setup.org.nameHint"] = ("เช่น องค์การบริหารส่วนตำบลภูซาง", "e.g. องค์การบริหารส่วนตำบลภูซาง"),
        ["setup.org.shortName"] = ("ชื่อย่อ (short name)", "Short name"),
        ["setup.org.shortNameHint"] = ("เช่น อบต.ภูซาง", "e.g. อบต.ภูซาง"),
        ["setup.org.registerPrefix"] = ("รหัสหนังสือ ที่ (register prefix)", "Register prefix"),
        ["setup.org.registerPrefixHint"] = ("พิมพ์หน้าเลขที่หนังสือ เช่น พย ๗๒๔๐๑", "Printed before each number, e.g. พย ๗๒๔๐๑"),
        ["setup.org.province"] = ("จังหวัด (province)", "Province"),
        ["setup.org.district"] = ("อำเภอ (district)", "District"),
        ["setup.admin"] = ("ผู้ดูแลระบบคนแรก (First administrator)", "First administrator"),
        ["setup.admin.username"] = ("ชื่อผู้ใช้ (username)", "Username"),
        ["setup.admin.usernameHint"] = ("อักษรอังกฤษตัวเล็ก ตัวเลข - _ .", "Lower-case letters a-z, digits, '-', '_' and '.'"),
        ["setup.admin.displayName"] = ("ชื่อ-สกุล (display name)", "Full name"),
        ["setup.admin.displayNameHint"] = ("พร้อมคำนำหน้า เช่น นายสมชาย ใจดี", "With title, e.g. นายสมชาย ใจดี"),
        ["setup.admin.password"] = ("รหัสผ่าน (password)", "Password"),
        ["setup.admin.passwordHint"] = ("อย่างน้อย ๑๐ ตัวอักษร", "At least 10 characters"),
        ["setup.submit"] = ("สร้างหน่วยงานและผู้ดูแลระบบ", "Create the office and administrator"),
        ["problem.invalid-setup-token"] = ("รหัสตั้งค่าระบบไม่ถูกต้อง", "The setup token is wrong."),
    };
}
