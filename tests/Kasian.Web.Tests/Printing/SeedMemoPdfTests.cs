using System.Net;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Printing;

/// <summary>The seed memo, approved, as the official PDF: read back with pdftotext, pdffonts, pdftoppm and zbarimg.</summary>
public sealed class SeedMemoPdfTests : IAsyncLifetime
{
    private readonly KasianApp _app = new(TestDatabase.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Approved_seed_memo_prints_its_fields_and_every_endorsement_in_reading_order()
    {
        var id = await SeedMemo.DecidedAsync(_app);
        var admin = await _app.SignInAsync("admin");
        var response = await admin.Http.GetAsync($"/api/memos/{id}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("บันทึกข้อความ พย ๗๒๔๐๑-๑๑๙.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        var pdf = PdfTools.Save(await response.Content.ReadAsByteArrayAsync(), "seed-approved");
        var memo = await admin.GetJsonAsync($"/api/memos/{id}");
        var sha256 = memo["attachments"]![0]!["sha256"]!.GetValue<string>();

        PdfTools.InOrder(await PdfTools.TextAsync(pdf),
            "บันทึกข้อความ",
            "ส่วนราชการ", "สำนักปลัด องค์การบริหารส่วนตำบลภูซาง",
            "ที่", "พย ๗๒๔๐๑/๑๑๙", "วันที่", "๒๔ พฤศจิกายน ๒๕๖๙",
            "เรื่อง", "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
            "เรียน", "นายกองค์การบริหารส่วนตำบลภูซาง",
            "เรื่องเดิม", "ตามที่องค์การบริหารส่วนตำบลภูซาง ได้เข้าร่วมการประเมิน", "การอำนวยความสะดวกต่อประชาชน นั้น",
            "ข้อเท็จจริง", "คะแนนภาพรวมหน่วยงาน องค์การบริหารส่วนตำบลภูซาง : ๙๙.๗๘ คะแนน",
            "ข้อพิจารณา", "รายละเอียดปรากฏตามเอกสารแนบท้าย",
            "จึงเรียนมาเพื่อโปรดทราบ",
            "(นางสาวทับทิม วงศ์ทะนา)", "นักทรัพยากรบุคคลชำนาญการ",
            "ความเห็นหัวหน้าสำนักปลัด", "เห็นควรเสนอปลัดพิจารณา", "(นางนภาพร ธาคำดี)", "หัวหน้าสำนักปลัด", "๒๔ พ.ย. ๒๕๖๙",
            "ความเห็นปลัดองค์การบริหารส่วนตำบลภูซาง", "- เพื่อโปรดพิจารณาอนุมัติ -", "(นางนภาพร ธาคำดี)", SeedMemo.ActingPalad, "๒๔ พ.ย. ๒๕๖๙",
            "ความเห็น / คำสั่ง นายกองค์การบริหารส่วนตำบลภูซาง", "☑ เห็นชอบดำเนินการตามเสนอ", "☐ ไม่เห็นชอบ เพราะ",
            "(นายวรวิทย์ เผ่าใจมา)", "นายกองค์การบริหารส่วนตำบลภูซาง", "๒๔ พ.ย. ๒๕๖๙",
            "สิ่งที่แนบ", "รายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใส-๒๕๖๗.txt", "SHA-256 " + sha256,
            "ตรวจสอบต้นฉบับ");
    }

    [Fact]
    public async Task Every_font_is_embedded_and_the_qr_code_reads_back_as_the_verification_address()
    {
        var id = await SeedMemo.DecidedAsync(_app);
        var admin = await _app.SignInAsync("admin");
        var pdf = PdfTools.Save(await admin.Http.GetByteArrayAsync($"/api/memos/{id}/pdf"), "seed-fonts-qr");

        var fonts = await PdfTools.FontsAsync(pdf);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
        Assert.Contains(fonts, f => f.Name.EndsWith("+Sarabun-Regular", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Name.EndsWith("+Sarabun-Bold", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Name.Contains("NotoSansSymbols2", StringComparison.Ordinal));

        var pages = await PdfTools.PagesAsync(pdf);
        var last = await PdfTools.PageImageAsync(pdf, pages, 150, "seed-last-page");
        var origin = _app.BaseAddress.GetLeftPart(UriPartial.Authority);
        Assert.Equal($"{origin}/verify/{id:N}", await PdfTools.QrCodeAsync(last));
        await PdfTools.PageImageAsync(pdf, 1, 100, "seed-page1");
    }
}
