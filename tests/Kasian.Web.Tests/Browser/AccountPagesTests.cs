using System.Net;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Kasian.Web.Tests.Browser;

/// <summary>My account through the pages: a stand-in asked for and approved, then acting at the Nayok's step; a password changed.</summary>
public sealed class AccountPagesTests : IAsyncLifetime
{
    private readonly BrowserSession _session = new();

    public Task InitializeAsync() => _session.InitializeAsync();

    public Task DisposeAsync() => _session.DisposeAsync();

    private IPage Page => _session.Page;

    [Fact]
    public async Task A_stand_in_is_asked_for_and_approved_through_the_pages_and_then_acts()
    {
        var thapthim = await _session.App.SignInAsync("thapthim");
        var naphapornApi = await _session.App.SignInAsync("naphaporn");
        var memo = await thapthim.CreateAndSubmitAsync();
        await naphapornApi.OkAsync(await naphapornApi.PostAsync($"/api/memos/{memo}/endorse", new { stepId = "head-of-office" }));
        await naphapornApi.OkAsync(await naphapornApi.PostAsync($"/api/memos/{memo}/endorse", new { stepId = "palad" }));

        // The Nayok asks, from the header's "my account".
        await _session.SignInAsync("worawit");
        await Page.GetByRole(AriaRole.Link, new() { Name = "บัญชีของฉัน" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "ผู้รักษาราชการแทน (Stand-in while away)" }).ClickAsync();
        await Page.GetByLabel("ผู้รักษาราชการแทน (stand-in)").SelectOptionAsync("naphaporn");
        await Page.GetByLabel("ตั้งแต่วันที่").FillAsync("2026-11-23");
        await Page.GetByLabel("ถึงวันที่").FillAsync("2026-11-26");
        await Page.GetByRole(AriaRole.Button, new() { Name = "ส่งคำขอ" }).ClickAsync();
        await Expect(Page.Locator("#from-error")).ToContainTextAsync("in the past");
        await Page.GetByLabel("ตั้งแต่วันที่").FillAsync("2026-11-24");
        await Page.GetByRole(AriaRole.Button, new() { Name = "ส่งคำขอ" }).ClickAsync();
        await Expect(Page.Locator(".alert.ok")).ToHaveTextAsync("ส่งคำขอแล้ว รอการอนุมัติ");
        await Expect(Page.Locator("table.stand-ins-mine")).ToContainTextAsync("๒๔ พ.ย. ๒๕๖๙ – ๒๖ พ.ย. ๒๕๖๙");
        await Expect(Page.Locator("table.stand-ins-mine .status")).ToHaveTextAsync("รออนุมัติ");
        await _session.SignOutAsync();

        // The administrator approves.
        await _session.SignInAsync("admin");
        await Page.GotoAsync("/account/stand-ins");
        var request = Page.Locator("ul.stand-ins li");
        await Expect(request).ToContainTextAsync("นายวรวิทย์ เผ่าใจมา");
        await Expect(request).ToContainTextAsync("นางนภาพร ธาคำดี");
        await _session.ScreenshotAsync("stand-ins-to-decide");
        await request.GetByRole(AriaRole.Button, new() { Name = "อนุมัติ", Exact = true }).ClickAsync();
        await Expect(Page.Locator(".alert.ok")).ToContainTextAsync("อนุมัติแล้ว");
        await Expect(Page.Locator("ul.stand-ins li")).ToHaveCountAsync(0);
        await _session.SignOutAsync();

        // The stand-in acts at the Nayok's step in her acting capacity.
        await _session.SignInAsync("naphaporn");
        await Page.GotoAsync($"/memos/{memo}");
        await Expect(Page.Locator(".acting-as .capacity")).ToHaveTextAsync("หัวหน้าสำนักปลัด รักษาราชการแทน นายกองค์การบริหารส่วนตำบลภูซาง");
        await Page.GetByRole(AriaRole.Button, new() { Name = "เห็นชอบ", Exact = true }).ClickAsync();
        await Expect(Page.Locator(".badges .status")).ToHaveTextAsync("เห็นชอบแล้ว");
    }

    [Fact]
    public async Task My_password_is_changed_through_the_page()
    {
        await _session.SignInAsync("thapthim");
        await Page.GotoAsync("/account/password");
        await Page.GetByLabel("รหัสผ่านปัจจุบัน").FillAsync("not-my-password");
        await Page.GetByLabel("รหัสผ่านใหม่ (new password)").FillAsync("a-brand-new-password");
        await Page.GetByLabel("ยืนยันรหัสผ่านใหม่").FillAsync("a-brand-new-password");
        await Page.GetByRole(AriaRole.Button, new() { Name = "เปลี่ยนรหัสผ่าน" }).ClickAsync();
        await Expect(Page.Locator(".alert.error")).ToContainTextAsync("รหัสผ่านปัจจุบันไม่ถูกต้อง");
        await Expect(Page.Locator("#current-password-error")).ToBeVisibleAsync();

        await Page.GetByLabel("รหัสผ่านปัจจุบัน").FillAsync("demo");
        await Page.GetByLabel("รหัสผ่านใหม่ (new password)").FillAsync("a-brand-new-password");
        await Page.GetByLabel("ยืนยันรหัสผ่านใหม่").FillAsync("a-brand-new-passwort");
        await Page.GetByRole(AriaRole.Button, new() { Name = "เปลี่ยนรหัสผ่าน" }).ClickAsync();
        await Expect(Page.Locator("#confirm-password-error")).ToHaveTextAsync("รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน");

        await Page.GetByLabel("รหัสผ่านปัจจุบัน").FillAsync("demo");
        await Page.GetByLabel("รหัสผ่านใหม่ (new password)").FillAsync("a-brand-new-password");
        await Page.GetByLabel("ยืนยันรหัสผ่านใหม่").FillAsync("a-brand-new-password");
        await Page.GetByRole(AriaRole.Button, new() { Name = "เปลี่ยนรหัสผ่าน" }).ClickAsync();
        await Expect(Page.Locator(".alert.ok")).ToContainTextAsync("เปลี่ยนรหัสผ่านแล้ว");
        await _session.ScreenshotAsync("account-password");
        await _session.SignOutAsync();
        await _session.SignInAsync("thapthim", "a-brand-new-password");
    }

    [Fact]
    public async Task Account_and_setup_forms_without_the_antiforgery_token_are_rejected_and_change_nothing()
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = _session.App.BaseAddress,
        };
        await PageForms.SignInAsync(client, "worawit");
        var before = await _session.App.WithDbAsync(async db => (await db.StandInRequests.CountAsync(), (await db.People.SingleAsync(p => p.Username == "worawit")).PasswordHash));

        var ask = await client.PostAsync("/account/stand-ins?handler=Ask", PageForms.Form(
            ("Ask.PositionCode", "nayok"), ("Ask.StandInUsername", "naphaporn"), ("Ask.From", "2026-11-24"), ("Ask.To", "2026-11-25")));
        var password = await client.PostAsync("/account/password", PageForms.Form(
            ("CurrentPassword", "demo"), ("NewPassword", "a-brand-new-password"), ("ConfirmPassword", "a-brand-new-password")));

        Assert.Equal(HttpStatusCode.BadRequest, ask.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, password.StatusCode);
        Assert.Equal(before, await _session.App.WithDbAsync(async db => (await db.StandInRequests.CountAsync(), (await db.People.SingleAsync(p => p.Username == "worawit")).PasswordHash)));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
