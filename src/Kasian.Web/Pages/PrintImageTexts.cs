namespace Kasian.Web.Pages;

/// <summary>The texts of the emblem page (administration) and the signature page (my account), Thai first.</summary>
internal static class PrintImageTexts
{
    internal static readonly Dictionary<string, (string Th, string En)> All = new()
    {
        ["admin.emblem.title"] = ("ตราครุฑ", "Garuda emblem"),
        ["admin.emblem.about"] = ("ตราครุฑที่พิมพ์ที่มุมบนซ้ายของบันทึกข้อความทุกฉบับของหน่วยงาน สูง ๑.๕ เซนติเมตร ถ้าไม่ได้อัปโหลดไว้ บันทึกข้อความจะพิมพ์โดยไม่มีตราครุฑ",
            "The Garuda emblem printed 1.5 cm high at the top left of every memo of this office. Without one, memos print with no emblem."),
        ["admin.emblem.current"] = ("ตราครุฑที่ใช้อยู่", "Emblem in use"),
        ["admin.emblem.none"] = ("ยังไม่ได้อัปโหลดตราครุฑ บันทึกข้อความจะพิมพ์โดยไม่มีตราครุฑ", "No emblem uploaded: memos print without one."),
        ["admin.emblem.alt"] = ("ตราครุฑของหน่วยงานที่อัปโหลดไว้", "The office's uploaded emblem"),
        ["admin.emblem.upload"] = ("อัปโหลดตราครุฑ (แทนที่ของเดิม)", "Upload an emblem (replaces the one in use)"),
        ["admin.emblem.submit"] = ("อัปโหลด", "Upload"),
        ["admin.emblem.remove"] = ("ลบตราครุฑ", "Remove the emblem"),
        ["admin.done.emblemUploaded"] = ("บันทึกตราครุฑแล้ว บันทึกข้อความที่พิมพ์ต่อจากนี้จะมีตราครุฑนี้", "Emblem saved: memos printed from now on carry it."),
        ["admin.done.emblemRemoved"] = ("ลบตราครุฑแล้ว บันทึกข้อความจะพิมพ์โดยไม่มีตราครุฑ", "Emblem removed: memos print without one."),
        ["account.nav.signature"] = ("ลายมือชื่อ (Signature)", "Signature"),
        ["signature.title"] = ("ลายมือชื่อของฉัน", "My signature"),
        ["signature.about"] = ("ภาพลายมือชื่อที่พิมพ์เหนือชื่อของท่านในบันทึกข้อความทุกฉบับที่ท่านลงนามหรือเกษียน ถ้าไม่ได้อัปโหลดไว้ จะเว้นที่ว่างไว้ให้ลงนามด้วยมือ ผู้ดูแลระบบไม่สามารถอัปโหลดลายมือชื่อแทนท่านได้",
            "Your signature, printed above your name on every memo you wrote or endorsed. Without one, the space is left blank to sign by hand. Nobody else, administrators included, can upload it for you."),
        ["signature.current"] = ("ลายมือชื่อที่ใช้อยู่", "Signature in use"),
        ["signature.none"] = ("ยังไม่ได้อัปโหลดลายมือชื่อ", "No signature uploaded."),
        ["signature.alt"] = ("ลายมือชื่อของท่านที่อัปโหลดไว้", "Your uploaded signature"),
        ["signature.upload"] = ("อัปโหลดลายมือชื่อ (แทนที่ของเดิม)", "Upload a signature (replaces the one in use)"),
        ["signature.submit"] = ("อัปโหลด", "Upload"),
        ["signature.remove"] = ("ลบลายมือชื่อ", "Remove my signature"),
        ["signature.uploaded"] = ("บันทึกลายมือชื่อแล้ว", "Signature saved."),
        ["signature.removed"] = ("ลบลายมือชื่อแล้ว", "Signature removed."),
        ["printImage.file"] = ("ไฟล์ภาพ (PNG หรือ JPEG)", "Picture (PNG or JPEG)"),
        ["printImage.fileHint"] = ("ภาพ PNG หรือ JPEG ขนาดไม่เกิน ๑ เมกะไบต์ กว้างและสูงไม่เกิน ๓,๐๐๐ จุด พื้นหลังโปร่งใสหรือสีขาว",
            "A PNG or JPEG picture of at most 1 MiB and 3,000 × 3,000 pixels, on a transparent or white background."),
        ["printImage.bad"] = ("ใช้ไฟล์นี้ไม่ได้ ต้องเป็นภาพ PNG หรือ JPEG ที่เปิดได้สมบูรณ์ ตามขนาดที่กำหนด ไม่ได้บันทึกสิ่งใด",
            "This file cannot be used: it must be a whole PNG or JPEG picture within the limits. Nothing was saved."),
        ["admin.audit.action.emblem.uploaded"] = ("อัปโหลดตราครุฑ", "Emblem uploaded"),
        ["admin.audit.action.emblem.removed"] = ("ลบตราครุฑ", "Emblem removed"),
        ["admin.audit.action.signature.uploaded"] = ("อัปโหลดลายมือชื่อ", "Signature uploaded"),
        ["admin.audit.action.signature.removed"] = ("ลบลายมือชื่อ", "Signature removed"),
        ["printImage.details"] = ("{0} × {1} จุด · {2} · อัปโหลดเมื่อ {3} โดย {4}", "{0} × {1} pixels · {2} · uploaded {3} by {4}"),
    };
}
