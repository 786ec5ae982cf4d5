using Kasian.Web.Tests.Infrastructure;
using Kasian.Web.Tests.Printing;
using Microsoft.Playwright;
using SkiaSharp;

namespace Kasian.Web.Tests.Browser;

/// <summary>
/// The emblem and a signature uploaded through the pages in a real browser (its own file picker, form encoding and
/// anti-forgery field), shown in their previews under the pages' security policy, then on the print page.
/// </summary>
public sealed class PrintImagesBrowserTests : IAsyncLifetime
{
    private readonly BrowserSession _session = new();

    public Task InitializeAsync() => _session.InitializeAsync();

    public Task DisposeAsync() => _session.DisposeAsync();

    private IPage Page => _session.Page;

    /// <summary>Whether the browser really decoded and drew the picture (a blocked or broken one has no natural width).</summary>
    private static Task<int> DrawnWidthAsync(ILocator image) => image.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : 0");

    [Fact]
    public async Task Emblem_and_signature_uploaded_on_the_pages_are_previewed_and_printed()
    {
        await _session.SignInAsync("admin");
        await Page.GotoAsync("/admin");
        await Page.Locator(".admin-links").GetByRole(AriaRole.Link, new() { Name = "ตราครุฑ", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#emblem-none")).ToBeVisibleAsync();
        await Page.GetByLabel("ไฟล์ภาพ (PNG หรือ JPEG)").SetInputFilesAsync(new FilePayload { Name = "ครุฑ.png", MimeType = "image/png", Buffer = TestPictures.Png(240, 264, SKColors.DarkRed) });
        await Page.GetByRole(AriaRole.Button, new() { Name = "อัปโหลด", Exact = true }).ClickAsync();
        await Expect(Page.Locator(".alert.ok")).ToContainTextAsync("บันทึกตราครุฑแล้ว");
        Assert.Equal(240, await DrawnWidthAsync(Page.Locator("#emblem-preview img")));
        await _session.ScreenshotAsync("admin-emblem");
        await _session.SignOutAsync();

        await _session.SignInAsync("naphaporn");
        await Page.GetByRole(AriaRole.Link, new() { Name = "บัญชีของฉัน" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "ลายมือชื่อ (Signature)" }).ClickAsync();
        // A text file dressed as a picture is explained and kept out.
        await Page.GetByLabel("ไฟล์ภาพ (PNG หรือ JPEG)").SetInputFilesAsync(new FilePayload { Name = "ลายเซ็น.png", MimeType = "image/png", Buffer = "ไม่ใช่รูปภาพ"u8.ToArray() });
        await Page.GetByRole(AriaRole.Button, new() { Name = "อัปโหลด", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#file-error")).ToContainTextAsync("ใช้ไฟล์นี้ไม่ได้");
        await Expect(Page.Locator("#signature-none")).ToBeVisibleAsync();
        await Page.GetByLabel("ไฟล์ภาพ (PNG หรือ JPEG)").SetInputFilesAsync(new FilePayload { Name = "ลายเซ็น.jpg", MimeType = "image/jpeg", Buffer = TestPictures.Png(360, 110, SKColors.Navy) });
        await Page.GetByRole(AriaRole.Button, new() { Name = "อัปโหลด", Exact = true }).ClickAsync();
        await Expect(Page.Locator(".alert.ok")).ToHaveTextAsync("บันทึกลายมือชื่อแล้ว");
        Assert.Equal(360, await DrawnWidthAsync(Page.Locator("#signature-preview img")));
        await _session.ScreenshotAsync("account-signature");

        var id = await SeedMemo.DecidedAsync(_session.App);
        await Page.GotoAsync($"/memos/{id}/print");
        Assert.Equal(240, await DrawnWidthAsync(Page.Locator("img.garuda")));
        // Naphaporn signed at two steps; the originator and the Nayok uploaded none, and their room stays blank.
        await Expect(Page.Locator("img.signature")).ToHaveCountAsync(2);
        Assert.Equal(360, await DrawnWidthAsync(Page.Locator("img.signature").First));
        await Expect(Page.Locator(".signature-space")).ToHaveCountAsync(4);
        await _session.ScreenshotAsync("print-with-images");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
