using System.Text.RegularExpressions;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kasian.Web.Tests.Browser;

/// <summary>The seed case through the pages alone, in a real browser, as its four people in turn.</summary>
public sealed partial class SeedMemoPagesTests : IAsyncLifetime
{
    private const string ActingPalad = "หัวหน้าสำนักปลัด รักษาราชการแทน ปลัดองค์การบริหารส่วนตำบลภูซาง";
    private readonly BrowserSession _session = new();

    public Task InitializeAsync() => _session.InitializeAsync();

    public Task DisposeAsync() => _session.DisposeAsync();

    private IPage Page => _session.Page;

    [Fact]
    public async Task Seed_memo_goes_from_draft_to_approved_through_the_pages_and_prints_like_the_seed()
    {
        // The HR officer submits her draft.
        await Page.GotoAsync("/");
        Assert.Contains("/signin", Page.Url, StringComparison.Ordinal);
        await _session.SignInAsync("thapthim");
        await Page.GotoAsync("/sent");
        await Page.GetByRole(AriaRole.Link, new() { NameRegex = ItaSubject() }).ClickAsync();
        var memoUrl = Page.Url;
        await Page.GetByRole(AriaRole.Button, new() { Name = "เสนอหนังสือ" }).ClickAsync();
        await Expect(Page.Locator(".memo-fields")).ToContainTextAsync("พย ๗๒๔๐๑/๑๑๙");
        await Expect(Page.Locator(".badges .status")).ToHaveTextAsync("ระหว่างเสนอ");
        await Page.GotoAsync("/sent");
        await Expect(Page.Locator("table.memos")).ToContainTextAsync("ความเห็นหัวหน้าสำนักปลัด");
        await Expect(Page.Locator("table.memos")).ToContainTextAsync("นางนภาพร ธาคำดี");
        await _session.SignOutAsync();

        // Other memos in the office, numbered after the seed's /๑๑๙, so the inbox and the dashboard have more than one line (set up over the API).
        var officer = await _session.App.SignInAsync("thapthim");
        await officer.CreateAndSubmitAsync("ขออนุมัติจัดซื้อวัสดุสำนักงาน");
        var urgent = await officer.CreateMemoAsync("ขอเชิญประชุมคณะทำงานจัดทำแผนพัฒนาท้องถิ่น", urgency: "most-urgent");
        await officer.OkAsync(await officer.PostAsync($"/api/memos/{urgent["id"]}/submit"));

        // The head of the Palad office finds it in her inbox and endorses as head of office.
        _session.App.Clock.Advance(TimeSpan.FromHours(3));
        await _session.SignInAsync("naphaporn");
        await Expect(Page.Locator("table.memos")).ToContainTextAsync("พย ๗๒๔๐๑/๑๑๙");
        await _session.ScreenshotAsync("inbox");
        await Page.GetByRole(AriaRole.Link, new() { NameRegex = ItaSubject() }).ClickAsync();
        await Expect(Page.Locator(".acting-as")).ToContainTextAsync("หัวหน้าสำนักปลัด");
        await Page.GetByLabel("ความเห็น", new() { Exact = true }).FillAsync("เห็นควรเสนอปลัดองค์การบริหารส่วนตำบลพิจารณา");
        await Page.GetByRole(AriaRole.Button, new() { Name = "ลงความเห็นและเสนอต่อ" }).ClickAsync();
        // She also acts as Palad: the page says so and offers the next step.
        await Expect(Page.Locator(".act-again")).ToContainTextAsync(ActingPalad);
        await _session.SignOutAsync();

        // Naphaporn again, in her acting capacity.
        _session.App.Clock.Advance(TimeSpan.FromMinutes(30));
        await _session.SignInAsync("naphaporn");
        await Page.GetByRole(AriaRole.Link, new() { NameRegex = ItaSubject() }).ClickAsync();
        await Expect(Page.Locator(".acting-as .capacity")).ToHaveTextAsync(ActingPalad);
        await Page.GetByLabel("ความเห็น", new() { Exact = true }).FillAsync("- เพื่อโปรดพิจารณาอนุมัติ -");
        await Page.GetByRole(AriaRole.Button, new() { Name = "ลงความเห็นและเสนอต่อ" }).ClickAsync();
        await Expect(Page.Locator(".alert.ok")).ToBeVisibleAsync();
        await Expect(Page.Locator(".act-again")).ToHaveCountAsync(0);
        await _session.SignOutAsync();

        // The Nayok approves.
        _session.App.Clock.Advance(TimeSpan.FromHours(5));
        await _session.SignInAsync("worawit");
        await Page.GetByRole(AriaRole.Link, new() { NameRegex = ItaSubject() }).ClickAsync();
        await Expect(Page.Locator(".acting-as .capacity")).ToHaveTextAsync("นายกองค์การบริหารส่วนตำบลภูซาง");
        await _session.ScreenshotAsync("memo");
        await Page.GetByRole(AriaRole.Button, new() { Name = "เห็นชอบ", Exact = true }).ClickAsync();
        await Expect(Page.Locator(".badges .status")).ToHaveTextAsync("เห็นชอบแล้ว");
        await Expect(Page.Locator(".timeline")).ToContainTextAsync(ActingPalad);
        await Expect(Page.Locator(".timeline")).ToContainTextAsync("๒๔ พ.ย. ๒๕๖๙");

        // The printed memo reads like the seed.
        await Page.GotoAsync(memoUrl + "/print");
        await Page.EvaluateAsync("document.fonts.ready");
        Assert.True(await Page.EvaluateAsync<bool>("document.fonts.check('16pt Sarabun', 'บันทึกข้อความ')"), "Sarabun is served by the app");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("บันทึกข้อความ");
        await Expect(Page.Locator(".number")).ToHaveTextAsync("พย ๗๒๔๐๑/๑๑๙");
        var blocks = Page.Locator(".endorsement");
        await Expect(blocks).ToHaveCountAsync(3);
        Assert.Equal(ActingPalad, Squash(await blocks.Nth(1).Locator(".position").TextContentAsync()));
        await Expect(blocks.Nth(1).Locator(".name")).ToHaveTextAsync("(นางนภาพร ธาคำดี)");
        await Expect(blocks.Nth(1).Locator(".comment")).ToHaveTextAsync("- เพื่อโปรดพิจารณาอนุมัติ -");
        await Expect(blocks.Nth(0).Locator(".position")).ToHaveTextAsync("หัวหน้าสำนักปลัด");
        var decision = blocks.Nth(2);
        await Expect(decision.Locator("h2")).ToHaveTextAsync("ความเห็น / คำสั่ง นายกองค์การบริหารส่วนตำบลภูซาง");
        Assert.Equal("☑ เห็นชอบดำเนินการตามเสนอ", Squash(await decision.Locator(".choice").Nth(0).TextContentAsync()).Replace(" (เลือก)", "", StringComparison.Ordinal));
        Assert.StartsWith("☐ ไม่เห็นชอบ เพราะ", Squash(await decision.Locator(".choice").Nth(1).TextContentAsync()), StringComparison.Ordinal);
        await Expect(decision.Locator(".name")).ToHaveTextAsync("(นายวรวิทย์ เผ่าใจมา)");
        await Expect(Page.Locator(".sign.originator")).ToContainTextAsync("(นางสาวทับทิม วงศ์ทะนา)");
        Assert.DoesNotMatch("[0-9]", await Page.Locator("main.a4").InnerTextAsync());
        await _session.ScreenshotAsync("print");

        // Three days on, the two other memos are overdue at the first step (and the session has lapsed).
        _session.App.Clock.Advance(TimeSpan.FromDays(3));
        await _session.SignInAsync("worawit");
        await Page.GotoAsync("/dashboard");
        await Expect(Page.Locator("#load-desc")).ToContainTextAsync("ความเห็นหัวหน้าสำนักปลัด: ๒ (เกินกำหนด ๒)");
        await Expect(Page.Locator("svg.bars")).ToHaveCountAsync(2);
        await Expect(Page.Locator("#time-desc")).ToContainTextAsync("๓ ชม. ๐ นาที");
        await _session.ScreenshotAsync("dashboard");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static string Squash(string? text) => WhiteSpace().Replace(text ?? "", " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex("ITA")]
    private static partial Regex ItaSubject();
}
