using System.Text.RegularExpressions;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Kasian.Web.Tests.Browser;

/// <summary>
/// Issue 10's "done when", as a new user would try it: an empty database and no demo, the setup page, then the
/// administration pages alone (no SQL, no API call) build the office of the seed memo: its unit, four positions, the
/// people, the head of the Palad office acting as Palad. Then the seed memo walks to approval through the memo pages
/// and prints the acting capacity line; admin/demo does not exist.
/// </summary>
public abstract partial class OfficeFromFirstStartPagesTests(TestDatabase database) : IAsyncLifetime
{
    private const string Password = "phusang-password-1";
    private const string Subject = "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗";
    private const string Order = "คำสั่ง อบต.ภูซาง ที่ ๑๒๓/๒๕๖๙";
    private readonly BrowserSession _session = new(new KasianApp(database,
        new Dictionary<string, string?> { ["Kasian:Demo"] = "false", ["Kasian:Setup:Token"] = "phusang-first-start" }));

    public async Task InitializeAsync()
    {
        await _session.InitializeAsync();
        AdminSteps.Bound(Page);
    }

    public Task DisposeAsync() => _session.DisposeAsync();

    private IPage Page => _session.Page;

    [Fact]
    public async Task The_seed_office_is_built_from_first_start_through_the_pages_and_the_seed_memo_is_approved_and_printed()
    {
        Assert.False(await _session.App.WithDbAsync(db => db.People.AnyAsync()));
        await FirstStartAsync();
        await BuildOfficeAsync();
        await ShowAsync();
        await _session.SignOutAsync();

        var memo = await WalkSeedMemoAsync();
        await PrintAsync(memo);

        // admin/demo is not an account here: the sign-in page refuses it like any wrong password.
        await Page.GotoAsync("/");
        await _session.SignOutAsync();
        await Page.GetByLabel("ชื่อผู้ใช้").FillAsync("admin");
        await Page.GetByLabel("รหัสผ่าน").FillAsync("demo");
        await Page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ" }).ClickAsync();
        await Expect(Page.Locator(".alert.error")).ToContainTextAsync("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
        var people = await _session.App.WithDbAsync(db => db.People.Select(p => p.Username).ToListAsync());
        Assert.Equal(["naphaporn", "somchai", "thapthim", "worawit"], people.Order(StringComparer.Ordinal));
    }

    private async Task FirstStartAsync()
    {
        await Page.GotoAsync("/setup");
        await Page.GetByLabel("รหัสตั้งค่าระบบ").FillAsync("phusang-first-start");
        await Page.GetByLabel("รหัสหน่วยงาน").FillAsync("phusang");
        await Page.GetByLabel("ชื่อหน่วยงาน").FillAsync("องค์การบริหารส่วนตำบลภูซาง");
        await Page.GetByLabel("ชื่อย่อ").FillAsync("อบต.ภูซาง");
        await Page.GetByLabel("รหัสหนังสือ ที่").FillAsync("พย ๗๒๔๐๑");
        await Page.GetByLabel("จังหวัด").FillAsync("พะเยา");
        await Page.GetByLabel("อำเภอ").FillAsync("ภูซาง");
        await Page.GetByLabel("ชื่อผู้ใช้").FillAsync("somchai");
        await Page.GetByLabel("ชื่อ-สกุล").FillAsync("นายสมชาย ใจดี");
        await Page.GetByLabel("รหัสผ่าน").FillAsync("a-long-first-password");
        await Page.GetByRole(AriaRole.Button, new() { Name = "สร้างหน่วยงานและผู้ดูแลระบบ" }).ClickAsync();
        await Expect(Page.Locator(".who")).ToContainTextAsync("นายสมชาย ใจดี");
    }

    private async Task BuildOfficeAsync()
    {
        await AdminSteps.OpenAsync(Page, "ส่วนราชการ");
        await AdminSteps.AddUnitAsync(Page, "สำนักปลัด", "๐ ๕๔๔๑ ๒๓๔๕");

        await AdminSteps.OpenAsync(Page, "ตำแหน่ง");
        await AdminSteps.AddPositionAsync(Page, "nayok", "นายกองค์การบริหารส่วนตำบลภูซาง", "สำนักปลัด", null);
        await AdminSteps.AddPositionAsync(Page, "palad", "ปลัดองค์การบริหารส่วนตำบลภูซาง", "สำนักปลัด", "นายกองค์การบริหารส่วนตำบลภูซาง (nayok)");
        await AdminSteps.AddPositionAsync(Page, "head-of-palad-office", "หัวหน้าสำนักปลัด", "สำนักปลัด", "ปลัดองค์การบริหารส่วนตำบลภูซาง (palad)");
        await AdminSteps.AddPositionAsync(Page, "hr-officer", "นักทรัพยากรบุคคลชำนาญการ", "สำนักปลัด", "หัวหน้าสำนักปลัด (head-of-palad-office)");
        await Expect(Page.Locator("#position-palad")).ToContainTextAsync("ตำแหน่งว่าง");

        foreach (var (username, name) in new[] { ("thapthim", "นางสาวทับทิม วงศ์ทะนา"), ("naphaporn", "นางนภาพร ธาคำดี"), ("worawit", "นายวรวิทย์ เผ่าใจมา") })
        {
            await AdminSteps.OpenAsync(Page, "บุคลากร");
            await AdminSteps.AddPersonAsync(Page, username, name, Password);
        }

        await AdminSteps.OpenAsync(Page, "การแต่งตั้ง");
        await AdminSteps.AppointAsync(Page, "นางสาวทับทิม วงศ์ทะนา (thapthim)", "นักทรัพยากรบุคคลชำนาญการ (hr-officer)", "ผู้ดำรงตำแหน่ง");
        await AdminSteps.AppointAsync(Page, "นางนภาพร ธาคำดี (naphaporn)", "หัวหน้าสำนักปลัด (head-of-palad-office)", "ผู้ดำรงตำแหน่ง");
        await AdminSteps.AppointAsync(Page, "นางนภาพร ธาคำดี (naphaporn)", "ปลัดองค์การบริหารส่วนตำบลภูซาง (palad)", "รักษาราชการแทน", order: Order);
        await AdminSteps.AppointAsync(Page, "นายวรวิทย์ เผ่าใจมา (worawit)", "นายกองค์การบริหารส่วนตำบลภูซาง (nayok)", "ผู้ดำรงตำแหน่ง");
        await Expect(Page.Locator("table.appointments tbody tr.in-force")).ToHaveCountAsync(4);
    }

    /// <summary>The office as its administrator now sees it; the two screenshots the user guide shows.</summary>
    private async Task ShowAsync()
    {
        await _session.ScreenshotAsync("admin-appointments");
        await AdminSteps.OpenAsync(Page, "บุคลากร");
        var naphaporn = Page.Locator("#person-naphaporn");
        await Expect(naphaporn).ToContainTextAsync("หัวหน้าสำนักปลัด");
        await Expect(naphaporn).ToContainTextAsync("หัวหน้าสำนักปลัด รักษาราชการแทน ปลัดองค์การบริหารส่วนตำบลภูซาง");
        await Expect(Page.Locator("#person-somchai")).ToContainTextAsync("ผู้ดูแลระบบ");
        await _session.ScreenshotAsync("admin-people");
        await AdminSteps.OpenAsync(Page, "ประวัติการแก้ไข");
        await Expect(Page.Locator("#audit tbody tr")).ToHaveCountAsync(13);
        await Expect(Page.Locator("#audit tbody tr").First).ToContainTextAsync("แต่งตั้ง");
    }

    private async Task<string> WalkSeedMemoAsync()
    {
        await _session.SignInAsync("thapthim", Password);
        await Page.GetByRole(AriaRole.Link, new() { Name = "เขียนบันทึกข้อความ" }).ClickAsync();
        await Expect(Page.GetByLabel("ส่วนราชการ")).ToHaveValueAsync("สำนักปลัด องค์การบริหารส่วนตำบลภูซาง");
        await Page.GetByLabel("เรื่อง").FillAsync(Subject);
        await Page.GetByLabel("เรียน").FillAsync("นายกองค์การบริหารส่วนตำบลภูซาง");
        await Page.GetByLabel("ข้อความ").FillAsync("ตามที่สำนักงาน ป.ป.ช. ได้ประเมินคุณธรรมและความโปร่งใส ...\n\nจึงเรียนมาเพื่อโปรดทราบ");
        await Page.GetByRole(AriaRole.Button, new() { Name = "บันทึกร่าง" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "เสนอหนังสือ" }).ClickAsync();
        await Expect(Page.Locator(".badges .status")).ToHaveTextAsync("ระหว่างเสนอ");
        await Expect(Page.Locator(".memo-fields")).ToContainTextAsync("พย ๗๒๔๐๑/๑");
        var memoUrl = new Uri(Page.Url).AbsolutePath;
        await _session.SignOutAsync();

        _session.App.Clock.Advance(TimeSpan.FromHours(1));
        await _session.SignInAsync("naphaporn", Password);
        await Page.GetByRole(AriaRole.Link, new() { NameRegex = Ita() }).ClickAsync();
        await Expect(Page.Locator(".acting-as .capacity")).ToHaveTextAsync("หัวหน้าสำนักปลัด");
        await Page.GetByLabel("ความเห็น", new() { Exact = true }).FillAsync("เห็นควรเสนอปลัดองค์การบริหารส่วนตำบลพิจารณา");
        await Page.GetByRole(AriaRole.Button, new() { Name = "ลงความเห็นและเสนอต่อ" }).ClickAsync();
        await Expect(Page.Locator(".acting-as .capacity")).ToHaveTextAsync("หัวหน้าสำนักปลัด รักษาราชการแทน ปลัดองค์การบริหารส่วนตำบลภูซาง");
        await Page.GetByLabel("ความเห็น", new() { Exact = true }).FillAsync("- เพื่อโปรดพิจารณาอนุมัติ -");
        await Page.GetByRole(AriaRole.Button, new() { Name = "ลงความเห็นและเสนอต่อ" }).ClickAsync();
        await Expect(Page.Locator(".alert.ok")).ToBeVisibleAsync();
        await _session.SignOutAsync();

        _session.App.Clock.Advance(TimeSpan.FromHours(1));
        await _session.SignInAsync("worawit", Password);
        await Page.GetByRole(AriaRole.Link, new() { NameRegex = Ita() }).ClickAsync();
        await Expect(Page.Locator(".acting-as .capacity")).ToHaveTextAsync("นายกองค์การบริหารส่วนตำบลภูซาง");
        await Page.GetByRole(AriaRole.Button, new() { Name = "เห็นชอบ", Exact = true }).ClickAsync();
        await Expect(Page.Locator(".badges .status")).ToHaveTextAsync("เห็นชอบแล้ว");
        return memoUrl;
    }

    private async Task PrintAsync(string memoUrl)
    {
        await Page.GotoAsync(memoUrl + "/print");
        var blocks = Page.Locator(".endorsement");
        await Expect(blocks).ToHaveCountAsync(3);
        var acting = blocks.Nth(1);
        await Expect(acting.Locator(".cap-line")).ToHaveTextAsync(["หัวหน้าสำนักปลัด รักษาราชการแทน", "ปลัดองค์การบริหารส่วนตำบลภูซาง"]);
        await Expect(acting.Locator(".name")).ToHaveTextAsync("(นางนภาพร ธาคำดี)");
        await Expect(acting.Locator(".order")).ToHaveTextAsync(Order);
        await Expect(blocks.Nth(2).Locator(".name")).ToHaveTextAsync("(นายวรวิทย์ เผ่าใจมา)");
        await Expect(Page.Locator(".number")).ToHaveTextAsync("พย ๗๒๔๐๑/๑");
        await _session.ScreenshotAsync("office-from-first-start-print");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex("ITA")]
    private static partial Regex Ita();
}

public sealed class PostgreSqlOfficeFromFirstStartPagesTests() : OfficeFromFirstStartPagesTests(TestDatabase.PostgreSql());

public sealed class SqliteOfficeFromFirstStartPagesTests() : OfficeFromFirstStartPagesTests(TestDatabase.Sqlite());
