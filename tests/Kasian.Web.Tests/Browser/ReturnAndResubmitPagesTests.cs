using Microsoft.Playwright;

namespace Kasian.Web.Tests.Browser;

/// <summary>Compose with an attachment, return for revision, edit, resubmit and recall — all through the pages.</summary>
public sealed class ReturnAndResubmitPagesTests : IAsyncLifetime
{
    private readonly BrowserSession _session = new();

    public Task InitializeAsync() => _session.InitializeAsync();

    public Task DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task A_returned_memo_is_edited_resubmitted_with_its_number_and_can_be_recalled()
    {
        var page = _session.Page;
        await _session.SignInAsync("thapthim");
        await page.GotoAsync("/memos/new");
        await page.GetByLabel("เรื่อง").FillAsync("ขออนุมัติจัดซื้อวัสดุสำนักงาน");
        await page.GetByLabel("เรียน").FillAsync("นายกองค์การบริหารส่วนตำบลภูซาง");
        await page.GetByLabel("ข้อความ").FillAsync("ข้อเท็จจริง\n\nจึงเรียนมาเพื่อโปรดพิจารณา");
        await page.GetByLabel("แนบไฟล์").SetInputFilesAsync(new FilePayload { Name = "ใบเสนอราคา.txt", MimeType = "text/plain", Buffer = "๑๐๐ บาท"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "บันทึกร่าง" }).ClickAsync();
        await Assertions.Expect(page.Locator(".attachments")).ToContainTextAsync("ใบเสนอราคา.txt");
        var memoUrl = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "เสนอหนังสือ" }).ClickAsync();
        await Assertions.Expect(page.Locator(".memo-fields")).ToContainTextAsync("พย ๗๒๔๐๑/๑๑๙");
        await _session.SignOutAsync();

        await _session.SignInAsync("naphaporn");
        await page.GotoAsync(memoUrl);
        await page.GetByText("ส่งคืนผู้เสนอเพื่อแก้ไข").ClickAsync();
        await page.GetByLabel("เหตุผล (จำเป็น)").FillAsync("โปรดแนบใบเสนอราคาเพิ่มอีก ๒ ราย");
        await page.GetByRole(AriaRole.Button, new() { Name = "ส่งคืนแก้ไข" }).ClickAsync();
        await Assertions.Expect(page.Locator(".badges .status")).ToHaveTextAsync("ส่งคืนแก้ไข");
        await _session.SignOutAsync();

        await _session.SignInAsync("thapthim");
        await page.GotoAsync(memoUrl);
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("โปรดแนบใบเสนอราคาเพิ่มอีก ๒ ราย");
        await page.GetByRole(AriaRole.Link, new() { Name = "แก้ไข" }).ClickAsync();
        await page.GetByLabel("เรื่อง").FillAsync("ขออนุมัติจัดซื้อวัสดุสำนักงาน (แก้ไข)");
        await page.GetByRole(AriaRole.Button, new() { Name = "บันทึก", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "เสนอใหม่อีกครั้ง" }).ClickAsync();
        await Assertions.Expect(page.Locator(".badges .status")).ToHaveTextAsync("ระหว่างเสนอ");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("ขออนุมัติจัดซื้อวัสดุสำนักงาน (แก้ไข)");
        await Assertions.Expect(page.Locator(".memo-fields")).ToContainTextAsync("พย ๗๒๔๐๑/๑๑๙");

        await page.GetByRole(AriaRole.Button, new() { Name = "เรียกคืนหนังสือ" }).ClickAsync();
        await Assertions.Expect(page.Locator(".badges .status")).ToHaveTextAsync("เรียกคืนแล้ว");

        // English is one click away, and the lists speak it.
        await page.GotoAsync("/language?to=en&returnUrl=%2Fsent");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Memos I started");
        await Assertions.Expect(page.Locator("table.memos")).ToContainTextAsync("Recalled");
    }
}
