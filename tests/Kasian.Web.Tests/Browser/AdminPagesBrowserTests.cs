using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Kasian.Web.Tests.Browser;

/// <summary>An administrator adds a person and appoints them acting in a post through the pages; the person then acts in it.</summary>
public sealed class AdminPagesBrowserTests : IAsyncLifetime
{
    private const string ActingNayok = "รักษาราชการแทน นายกองค์การบริหารส่วนตำบลภูซาง";
    private readonly BrowserSession _session = new();

    public async Task InitializeAsync()
    {
        await _session.InitializeAsync();
        AdminSteps.Bound(Page);
    }

    public Task DisposeAsync() => _session.DisposeAsync();

    private IPage Page => _session.Page;

    [Fact]
    public async Task A_person_added_and_appointed_acting_through_the_pages_signs_in_and_acts_in_that_post()
    {
        await _session.SignInAsync("admin");
        await AdminSteps.OpenAsync(Page, "บุคลากร");

        // A password too short: the error beside it, what was typed kept (but the password), nobody added.
        var form = Page.Locator("#new-person");
        await form.GetByLabel("ชื่อผู้ใช้").FillAsync("somsri");
        await form.GetByLabel("ชื่อ-สกุล").FillAsync("นางสมศรี มีสุข");
        await form.GetByLabel("อีเมล").FillAsync("somsri@phusang.example");
        await form.GetByLabel("รหัสผ่านแรกเข้า").FillAsync("short-pw");
        await form.GetByRole(AriaRole.Button, new() { Name = "เพิ่มบุคลากร" }).ClickAsync();
        await Expect(Page.Locator("#new-password-error")).ToContainTextAsync("at least 10");
        await Expect(Page.Locator("#new-person").GetByLabel("ชื่อ-สกุล")).ToHaveValueAsync("นางสมศรี มีสุข");
        await Expect(Page.Locator("#new-person").GetByLabel("รหัสผ่านแรกเข้า")).ToHaveValueAsync("");
        Assert.False(await _session.App.WithDbAsync(db => db.People.AnyAsync(p => p.Username == "somsri")));

        await Page.Locator("#new-person").GetByLabel("รหัสผ่านแรกเข้า").FillAsync("somsri-first-password");
        await Page.Locator("#new-person").GetByRole(AriaRole.Button, new() { Name = "เพิ่มบุคลากร" }).ClickAsync();
        await Expect(Page.Locator(".alert.ok")).ToHaveTextAsync("เพิ่มแล้ว");
        await Expect(Page.Locator("#person-capacities")).ToContainTextAsync("ไม่ได้ดำรงตำแหน่งใดในวันนี้");

        // From her page to the appointments page, with her chosen already: acting Nayok for the week the Nayok is away.
        await Page.GetByRole(AriaRole.Link, new() { Name = "แต่งตั้งบุคคลนี้ในตำแหน่ง" }).ClickAsync();
        await Expect(Page.Locator("#new-personId option:checked")).ToHaveTextAsync("นางสมศรี มีสุข (somsri)");
        await Expect(Page.Locator("#new-from")).ToHaveValueAsync("2026-11-24");
        await AdminSteps.AppointAsync(Page, "นางสมศรี มีสุข (somsri)", "นายกองค์การบริหารส่วนตำบลภูซาง (nayok)", "รักษาราชการแทน",
            to: "2026-11-30", order: "คำสั่ง อบต.ภูซาง ที่ ๑๒๔/๒๕๖๙");
        var row = Page.Locator("table.appointments tbody tr").Filter(new() { HasText = "นางสมศรี มีสุข" });
        await Expect(row).ToContainTextAsync("รักษาราชการแทน");
        await Expect(row).ToContainTextAsync("๒๔ พ.ย. ๒๕๖๙ – ๓๐ พ.ย. ๒๕๖๙");
        await Expect(row).ToContainTextAsync("คำสั่ง อบต.ภูซาง ที่ ๑๒๔/๒๕๖๙");
        await Expect(row).ToContainTextAsync("มีผลวันนี้");
        await _session.SignOutAsync();

        // A memo reaches the Nayok's step (over the API: the pages of memos have their own tests).
        var thapthim = await _session.App.SignInAsync("thapthim");
        var naphaporn = await _session.App.SignInAsync("naphaporn");
        var memo = await thapthim.CreateAndSubmitAsync("ขออนุมัติจัดซื้อวัสดุสำนักงาน");
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{memo}/endorse", new { stepId = "head-of-office" }));
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{memo}/endorse", new { stepId = "palad" }));

        // She signs in with the password she was given, finds it in her inbox, and acts as acting Nayok.
        await _session.SignInAsync("somsri", "somsri-first-password");
        await Expect(Page.Locator("#nav-admin")).ToHaveCountAsync(0);
        await Page.GetByRole(AriaRole.Link, new() { Name = "ขออนุมัติจัดซื้อวัสดุสำนักงาน" }).ClickAsync();
        await Expect(Page.Locator(".acting-as .capacity")).ToHaveTextAsync(ActingNayok);
        await Page.GetByRole(AriaRole.Button, new() { Name = "เห็นชอบ", Exact = true }).ClickAsync();
        await Expect(Page.Locator(".badges .status")).ToHaveTextAsync("เห็นชอบแล้ว");
        await Expect(Page.Locator(".timeline")).ToContainTextAsync(ActingNayok);
        await Expect(Page.Locator(".reassign")).ToHaveCountAsync(0);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
