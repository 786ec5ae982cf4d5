using Microsoft.Playwright;

namespace Kasian.Web.Tests.Browser;

/// <summary>Whatever people type is shown as text: Razor encodes it, and the pages' CSP forbids script besides.</summary>
public sealed class StoredTextIsInertTests : IAsyncLifetime
{
    private const string Hostile = "<script>window.__xss=1</script><b>bold</b>";
    private readonly BrowserSession _session = new();

    public Task InitializeAsync() => _session.InitializeAsync();

    public Task DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task A_comment_with_script_and_html_is_shown_as_text_and_never_runs()
    {
        var officer = await _session.App.SignInAsync("thapthim");
        var id = await officer.CreateAndSubmitAsync("ขออนุมัติจัดซื้อวัสดุสำนักงาน");
        var page = _session.Page;

        await _session.SignInAsync("naphaporn");
        await page.GotoAsync($"/memos/{id}");
        await page.GetByLabel("ความเห็น", new() { Exact = true }).FillAsync(Hostile);
        await page.GetByRole(AriaRole.Button, new() { Name = "ลงความเห็นและเสนอต่อ" }).ClickAsync();

        // Acting Palad straight from the same page: the next step's action is offered at once.
        await Assertions.Expect(page.Locator(".act-again")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".acting-as .capacity")).ToHaveTextAsync("หัวหน้าสำนักปลัด รักษาราชการแทน ปลัดองค์การบริหารส่วนตำบลภูซาง");
        await page.GetByRole(AriaRole.Button, new() { Name = "ลงความเห็นและเสนอต่อ" }).ClickAsync();
        await Assertions.Expect(page.Locator(".step-now")).ToContainTextAsync("นายก");

        await Assertions.Expect(page.Locator(".ev-text").First).ToHaveTextAsync(Hostile);
        await Assertions.Expect(page.Locator(".timeline b")).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<bool>("typeof window.__xss === 'undefined'"));

        await page.GotoAsync($"/memos/{id}/print");
        // The printed memo writes every digit in Thai, the literal text otherwise unchanged.
        await Assertions.Expect(page.Locator(".endorsement .comment").First).ToHaveTextAsync(Core.Thai.ThaiDigits.ToThai(Hostile));
        Assert.True(await page.EvaluateAsync<bool>("typeof window.__xss === 'undefined'"));
        Assert.Equal(0, await page.Locator("main b:text('bold')").CountAsync());

        // The same memo on a phone: one column, nothing cut off.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync($"/memos/{id}");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling on a phone");
        await _session.ScreenshotAsync("memo-phone");
    }
}
