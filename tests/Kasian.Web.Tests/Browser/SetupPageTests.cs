using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Kasian.Web.Tests.Browser;

/// <summary>First start as a person does it: the sign-in page points to /setup, the form says what is wrong beside each field, and success signs the new administrator in.</summary>
public sealed class SetupPageTests : IAsyncLifetime
{
    private readonly BrowserSession _session = new(new KasianApp(TestDatabase.Sqlite(),
        new Dictionary<string, string?> { ["Kasian:Demo"] = "false", ["Kasian:Setup:Token"] = "some-token" }));

    public Task InitializeAsync() => _session.InitializeAsync();

    public Task DisposeAsync() => _session.DisposeAsync();

    private IPage Page => _session.Page;

    [Fact]
    public async Task A_new_installation_is_set_up_through_the_page_and_its_administrator_lands_signed_in()
    {
        // A form posted from elsewhere (no anti-forgery token) is refused before it reaches first start.
        using var forged = new HttpClient { BaseAddress = _session.App.BaseAddress };
        var refused = await forged.PostAsync("/setup", PageForms.Form(("Form.Token", "some-token"), ("Form.Code", "phusang"), ("Form.Name", "อบต."),
            ("Form.RegisterPrefix", "พย"), ("Form.Username", "mallory"), ("Form.DisplayName", "Mallory"), ("Form.Password", "a-long-enough-password")));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.False(await _session.App.WithDbAsync(db => db.People.AnyAsync()));

        await Page.GotoAsync("/");
        Assert.Contains("/signin", Page.Url, StringComparison.Ordinal);
        await Page.GetByRole(AriaRole.Link, new() { Name = "ไปที่หน้าตั้งค่าเริ่มต้น (/setup)" }).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("ตั้งค่าเริ่มต้น");

        // A wrong token and a short password: each error beside its field, nothing created.
        await Page.GetByLabel("รหัสตั้งค่าระบบ").FillAsync("wrong-token");
        await Page.GetByLabel("รหัสหน่วยงาน").FillAsync("phusang");
        await Page.GetByLabel("ชื่อหน่วยงาน").FillAsync("องค์การบริหารส่วนตำบลภูซาง");
        await Page.GetByLabel("ชื่อย่อ").FillAsync("อบต.ภูซาง");
        await Page.GetByLabel("รหัสหนังสือ ที่").FillAsync("พย ๗๒๔๐๑");
        await Page.GetByLabel("จังหวัด").FillAsync("พะเยา");
        await Page.GetByLabel("อำเภอ").FillAsync("ภูซาง");
        await Page.GetByLabel("ชื่อผู้ใช้").FillAsync("somchai");
        await Page.GetByLabel("ชื่อ-สกุล").FillAsync("นายสมชาย ใจดี");
        await Page.GetByLabel("รหัสผ่าน").FillAsync("short");
        await Page.GetByRole(AriaRole.Button, new() { Name = "สร้างหน่วยงานและผู้ดูแลระบบ" }).ClickAsync();
        await Expect(Page.Locator("#token-error")).ToHaveTextAsync("รหัสตั้งค่าระบบไม่ถูกต้อง");
        await Expect(Page.GetByLabel("รหัสตั้งค่าระบบ")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.False(await _session.App.WithDbAsync(db => db.Organisations.AnyAsync()));

        await Page.GetByLabel("รหัสตั้งค่าระบบ").FillAsync("some-token");
        await Page.GetByLabel("รหัสผ่าน").FillAsync("short");
        await Page.GetByRole(AriaRole.Button, new() { Name = "สร้างหน่วยงานและผู้ดูแลระบบ" }).ClickAsync();
        await Expect(Page.Locator("#admin-password-error")).ToContainTextAsync("at least 10");
        // What was typed stays, except the password.
        await Expect(Page.GetByLabel("รหัสหนังสือ ที่")).ToHaveValueAsync("พย ๗๒๔๐๑");
        await Expect(Page.GetByLabel("รหัสผ่าน")).ToHaveValueAsync("");
        await _session.ScreenshotAsync("setup-errors");
        Assert.False(await _session.App.WithDbAsync(db => db.Organisations.AnyAsync()));

        await Page.GetByLabel("รหัสผ่าน").FillAsync("a-long-first-password");
        await Page.GetByRole(AriaRole.Button, new() { Name = "สร้างหน่วยงานและผู้ดูแลระบบ" }).ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await Expect(Page.Locator(".who")).ToContainTextAsync("นายสมชาย ใจดี");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "ออกจากระบบ" })).ToBeVisibleAsync();
        await _session.ScreenshotAsync("setup-done");

        // Set up once: the page is gone, and sign-in no longer points to it.
        var again = await Page.GotoAsync("/setup");
        Assert.Equal(404, again!.Status);
        await Page.GotoAsync("/");
        await _session.SignOutAsync();
        await Expect(Page.Locator("#setup-pending")).ToHaveCountAsync(0);
        await _session.SignInAsync("somchai", "a-long-first-password");
        await Expect(Page.Locator(".who")).ToContainTextAsync("นายสมชาย ใจดี");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
