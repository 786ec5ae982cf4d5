using Kasian.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kasian.Web.Tests.Browser;

/// <summary>The inbox on a phone: the Nayok approves several memos at once in three taps; the decision comes before the body.</summary>
public sealed class InboxPhonePagesTests : IAsyncLifetime
{
    private readonly BrowserSession _session = new();
    private IPage _phone = null!;

    public async Task InitializeAsync()
    {
        await _session.InitializeAsync();
        var context = await _session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _session.BaseUrl,
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            IsMobile = true,
            HasTouch = true,
            Locale = "th-TH",
        });
        _phone = await context.NewPageAsync();
    }

    public Task DisposeAsync() => _session.DisposeAsync();

    private async Task<List<Guid>> AtNayokAsync(params string[] subjects)
    {
        var officer = await _session.App.SignInAsync("thapthim");
        var head = await _session.App.SignInAsync("naphaporn");
        var ids = new List<Guid>();
        foreach (var subject in subjects)
        {
            var id = await officer.CreateAndSubmitAsync(subject);
            await head.OkAsync(await head.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office" }));
            await head.OkAsync(await head.PostAsync($"/api/memos/{id}/endorse", new { stepId = "palad" }));
            ids.Add(id);
        }
        return ids;
    }

    private async Task SignInOnPhoneAsync(string username)
    {
        await _phone.GotoAsync("/signin");
        await _phone.GetByLabel("ชื่อผู้ใช้").FillAsync(username);
        await _phone.GetByLabel("รหัสผ่าน").FillAsync("demo");
        await _phone.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ" }).TapAsync();
        await _phone.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_nayok_approves_three_memos_from_a_phone_in_three_taps_after_signing_in()
    {
        var ids = await AtNayokAsync("ขออนุมัติจัดซื้อวัสดุสำนักงาน", "ขออนุมัติเดินทางไปราชการ", "ขออนุมัติจัดอบรมเจ้าหน้าที่");
        await SignInOnPhoneAsync("worawit");
        Assert.Equal(new Uri(_session.BaseUrl + "/").AbsolutePath, new Uri(_phone.Url).AbsolutePath);
        await Expect(_phone.Locator("table.memos")).ToContainTextAsync("ขออนุมัติจัดอบรมเจ้าหน้าที่");

        var taps = 0;
        async Task TapAsync(ILocator target)
        {
            await target.TapAsync();
            taps++;
        }
        await TapAsync(_phone.GetByRole(AriaRole.Link, new() { Name = "เลือกทั้งหมด" }));
        await _phone.WaitForURLAsync(url => url.Contains("all=true", StringComparison.Ordinal));
        await Expect(_phone.Locator("td.choose input:checked")).ToHaveCountAsync(3);
        await TapAsync(_phone.GetByRole(AriaRole.Button, new() { Name = "เห็นชอบเรื่องที่เลือก" }));
        await Expect(_phone.Locator(".bulk-confirm li")).ToHaveCountAsync(3);
        await TapAsync(_phone.GetByRole(AriaRole.Button, new() { Name = "ยืนยันเห็นชอบ ๓ เรื่อง" }));

        await Expect(_phone.Locator(".bulk-results")).ToContainTextAsync("ขออนุมัติเดินทางไปราชการ");
        await Expect(_phone.GetByRole(AriaRole.Status)).ToContainTextAsync("ดำเนินการแล้ว ๓ จาก ๓ เรื่อง");
        await _phone.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotDirectory(), "inbox-bulk-phone.png"), FullPage = true });
        Assert.Equal(3, taps);

        var reader = await _session.App.SignInAsync("thapthim");
        foreach (var id in ids)
        {
            var memo = await reader.GetJsonAsync($"/api/memos/{id}");
            Assert.Equal("approved", memo["status"]!.GetValue<string>());
            Assert.Equal("worawit", memo["endorsements"]!.AsArray().Last()!["actor"]!["username"]!.GetValue<string>());
        }
        await Expect(_phone.Locator("p.empty")).ToHaveTextAsync("ไม่มีหนังสือรอท่านดำเนินการ");
    }

    [Fact]
    public async Task Under_390_px_the_action_panel_comes_before_the_body_and_beside_it_on_a_wide_screen()
    {
        var id = (await AtNayokAsync("ขออนุมัติโครงการประจำปี"))[0];
        await SignInOnPhoneAsync("worawit");
        await _phone.GotoAsync($"/memos/{id}");

        var panel = (await _phone.Locator(".actions-panel").BoundingBoxAsync())!;
        var body = (await _phone.Locator(".memo-body").BoundingBoxAsync())!;
        Assert.True(panel.Y + panel.Height <= body.Y, $"on a phone the panel (y {panel.Y}) comes before the body (y {body.Y})");
        var approve = (await _phone.GetByRole(AriaRole.Button, new() { Name = "เห็นชอบ", Exact = true }).BoundingBoxAsync())!;
        Assert.True(approve.Y < body.Y);
        await _phone.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotDirectory(), "memo-phone.png"), FullPage = true });

        await _session.SignInAsync("worawit");
        await _session.Page.GotoAsync($"/memos/{id}");
        var widePanel = (await _session.Page.Locator(".actions-panel").BoundingBoxAsync())!;
        var wideSheet = (await _session.Page.Locator(".sheet").BoundingBoxAsync())!;
        Assert.True(widePanel.X >= wideSheet.X + wideSheet.Width, "on a wide screen the panel sits to the right of the memo");
    }

    [Fact]
    public async Task After_approving_one_memo_the_page_offers_the_next_waiting()
    {
        var ids = await AtNayokAsync("เรื่องแรก", "เรื่องที่สอง");
        await SignInOnPhoneAsync("worawit");
        await _phone.GotoAsync($"/memos/{ids[0]}");
        await _phone.GetByRole(AriaRole.Button, new() { Name = "เห็นชอบ", Exact = true }).TapAsync();

        var next = _phone.Locator(".next-memo a");
        await Expect(next).ToHaveTextAsync("เรื่องถัดไปที่รอท่าน: เรื่องที่สอง");
        await next.TapAsync();
        await Expect(_phone.Locator("h1")).ToHaveTextAsync("เรื่องที่สอง");
        await _phone.GetByRole(AriaRole.Button, new() { Name = "เห็นชอบ", Exact = true }).TapAsync();
        await Expect(_phone.Locator(".next-memo")).ToContainTextAsync("ไม่มีหนังสือรอท่านดำเนินการแล้ว");
        // The decision, not an empty panel, is what the memo page shows first now.
        await Expect(_phone.Locator(".actions-panel .decision")).ToContainTextAsync("นายวรวิทย์ เผ่าใจมา");
    }

    [Fact]
    public async Task A_returned_memo_tops_its_authors_inbox_with_the_reason_also_above_the_edit_form()
    {
        var officer = await _session.App.SignInAsync("thapthim");
        await officer.CreateAndSubmitAsync("เรื่องที่รอผู้อื่น");
        var returned = await officer.CreateAndSubmitAsync("ขออนุมัติซ่อมแซมอาคาร");
        var head = await _session.App.SignInAsync("naphaporn");
        await head.OkAsync(await head.PostAsync($"/api/memos/{returned}/return", new { stepId = "head-of-office", reason = "โปรดแนบใบเสนอราคา" }));
        await officer.CreateMemoAsync("ร่างที่ยังไม่ได้เสนอ");

        await SignInOnPhoneAsync("thapthim");
        var first = _phone.Locator("table.memos tbody tr").First;
        await Expect(first).ToContainTextAsync("ขออนุมัติซ่อมแซมอาคาร");
        await Expect(first.Locator(".return-reason")).ToContainTextAsync("โปรดแนบใบเสนอราคา");
        await Expect(_phone.Locator("table.memos")).ToContainTextAsync("ร่างที่ยังไม่ได้เสนอ");
        await Expect(_phone.Locator("table.memos")).Not.ToContainTextAsync("เรื่องที่รอผู้อื่น");

        await first.GetByRole(AriaRole.Link, new() { Name = "ขออนุมัติซ่อมแซมอาคาร" }).TapAsync();
        await Expect(_phone.Locator("h1")).ToHaveTextAsync("แก้ไขบันทึกข้อความ");
        await Expect(_phone.Locator(".return-reason")).ToContainTextAsync("โปรดแนบใบเสนอราคา");
    }
}
