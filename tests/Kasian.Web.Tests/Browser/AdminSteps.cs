using Microsoft.Playwright;

namespace Kasian.Web.Tests.Browser;

/// <summary>
/// What an administrator does on the administration pages, step by step as a person would: by the labels they read,
/// each step checked by what the page says back. Every wait is bounded (<see cref="Bound"/>): the test machine is shared.
/// </summary>
public static class AdminSteps
{
    /// <summary>Generous for a loaded two-core machine, but a hang still ends.</summary>
    public static void Bound(IPage page)
    {
        page.SetDefaultTimeout(60_000);
        page.SetDefaultNavigationTimeout(90_000);
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    /// <summary>From anywhere, through the header's link and the administration home's.</summary>
    public static async Task OpenAsync(IPage page, string link)
    {
        await page.Locator("#nav-admin").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("ผู้ดูแลระบบ");
        await page.Locator(".admin-links").GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(link);
    }

    public static async Task AddUnitAsync(IPage page, string name, string phone)
    {
        var form = page.Locator("#new-unit");
        await form.GetByLabel("ชื่อส่วนราชการ").FillAsync(name);
        await form.GetByLabel("โทรศัพท์").FillAsync(phone);
        await form.GetByRole(AriaRole.Button, new() { Name = "เพิ่มส่วนราชการ" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert.ok")).ToHaveTextAsync("เพิ่มแล้ว");
        await Assertions.Expect(page.Locator("#units")).ToContainTextAsync(name);
    }

    /// <param name="superior">The superior's option as shown: "title (code)".</param>
    public static async Task AddPositionAsync(IPage page, string code, string title, string unit, string? superior)
    {
        var form = page.Locator("#new-position");
        await form.GetByLabel("รหัสตำแหน่ง").FillAsync(code);
        await form.GetByLabel("ชื่อตำแหน่ง").FillAsync(title);
        await form.GetByLabel("สังกัดส่วนราชการ").SelectOptionAsync(new SelectOptionValue { Label = unit });
        if (superior is not null) await form.GetByLabel("ตำแหน่งผู้บังคับบัญชา").SelectOptionAsync(new SelectOptionValue { Label = superior });
        await form.GetByRole(AriaRole.Button, new() { Name = "เพิ่มตำแหน่ง" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert.ok")).ToHaveTextAsync("เพิ่มแล้ว");
        await Assertions.Expect(page.Locator($"#position-{code}")).ToContainTextAsync(title);
    }

    /// <summary>Adds a person on the people page; the page then shows their own page.</summary>
    public static async Task AddPersonAsync(IPage page, string username, string name, string password, params string[] roles)
    {
        var form = page.Locator("#new-person");
        await form.GetByLabel("ชื่อผู้ใช้").FillAsync(username);
        await form.GetByLabel("ชื่อ-สกุล").FillAsync(name);
        await form.GetByLabel("รหัสผ่านแรกเข้า").FillAsync(password);
        foreach (var role in roles) await form.GetByLabel(role, new() { Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "เพิ่มบุคลากร" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert.ok")).ToHaveTextAsync("เพิ่มแล้ว");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name);
    }

    /// <param name="person">The person's option as shown: "name (username)".</param>
    /// <param name="position">The position's option as shown: "title (code)".</param>
    /// <param name="kind">ผู้ดำรงตำแหน่ง, รักษาราชการแทน or ปฏิบัติราชการแทน.</param>
    public static async Task AppointAsync(IPage page, string person, string position, string kind, string? to = null, string? order = null)
    {
        var form = page.Locator("#new-appointment");
        await form.GetByLabel("ผู้ได้รับแต่งตั้ง").SelectOptionAsync(new SelectOptionValue { Label = person });
        await form.Locator("#new-positionId").SelectOptionAsync(new SelectOptionValue { Label = position });
        await form.GetByLabel(kind, new() { Exact = true }).CheckAsync();
        if (to is not null) await form.GetByLabel("ถึงวันที่").FillAsync(to);
        if (order is not null) await form.GetByLabel("คำสั่งที่แต่งตั้ง").FillAsync(order);
        await form.GetByRole(AriaRole.Button, new() { Name = "บันทึกการแต่งตั้ง" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert.ok")).ToHaveTextAsync("แต่งตั้งแล้ว");
    }
}
