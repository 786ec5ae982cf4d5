using Kasian.Core.Routes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Kasian.Web.Tests.Browser;

/// <summary>
/// Issue 12's done-when, in a real browser and the pages only: the administrator adds the finance กอง and its head, then
/// builds a route where the head of finance and the head of the Palad office co-endorse in parallel, the Palad decides up
/// to 100,000 baht and the Nayok above; a mistake first shows the parser's message beside its row.
/// </summary>
public sealed class RouteEditorBrowserTests : IAsyncLifetime
{
    private readonly BrowserSession _session = new();

    public async Task InitializeAsync()
    {
        await _session.InitializeAsync();
        AdminSteps.Bound(Page);
    }

    public Task DisposeAsync() => _session.DisposeAsync();

    private IPage Page => _session.Page;

    [Fact]
    public async Task An_administrator_builds_and_publishes_the_co_endorsement_route_in_the_pages_only()
    {
        await _session.SignInAsync("admin");
        await AdminSteps.OpenAsync(Page, "ส่วนราชการ");
        await AdminSteps.AddUnitAsync(Page, "กองคลัง", "๐ ๕๔๔๑ ๒๓๔๖");
        await Page.Locator(".admin-nav").GetByRole(AriaRole.Link, new() { Name = "ตำแหน่ง", Exact = true }).ClickAsync();
        await AdminSteps.AddPositionAsync(Page, "head-of-finance", "ผู้อำนวยการกองคลัง", "กองคลัง", null);

        await Page.Locator(".admin-nav").GetByRole(AriaRole.Link, new() { Name = "เส้นทางเสนอหนังสือ", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "สร้างเส้นทางใหม่" }).ClickAsync();
        await Page.Locator("#route-id").FillAsync("purchase");
        await Page.Locator("#route-nameTh").FillAsync("ขออนุมัติจัดซื้อจัดจ้าง");
        await RowAsync(0, "finance", "ความเห็นผู้อำนวยการกองคลัง", "ผู้อำนวยการกองคลัง (head-of-finance)", "เสนอความเห็น", group: "co-endorse");
        await RowAsync(1, "palad-office", "ความเห็นหัวหน้าสำนักปลัด", "หัวหน้าสำนักปลัด (head-of-palad-office)", "เสนอความเห็น", group: "co-endorse");
        // A deciding branch: the parser's message appears beside that row's action.
        await Page.Locator("#row-1-action").SelectOptionAsync(new SelectOptionValue { Label = "พิจารณาสั่งการ" });
        await RowAsync(2, "palad", "คำสั่งปลัด", PositionLabel("palad"), "พิจารณาสั่งการ", op: "≤", value: "100,000");
        await RowAsync(3, "nayok", "คำสั่งนายก", PositionLabel("nayok"), "พิจารณาสั่งการ", op: ">", value: "100000");
        await Page.Locator("#publish").ClickAsync();
        await Assertions.Expect(Page.Locator("#row-1-action-error")).ToHaveTextAsync(ParserMessageForADecidingBranch());
        await Assertions.Expect(Page.Locator("#route-errors")).ToContainTextAsync("$.steps[0].parallel.steps[1].action");

        await Page.Locator("#row-1-action").SelectOptionAsync(new SelectOptionValue { Label = "เสนอความเห็น" });
        await Page.Locator("#publish").ClickAsync();
        await Assertions.Expect(Page.Locator(".alert.ok")).ToContainTextAsync("เผยแพร่เส้นทางแล้ว");
        var diagram = Page.Locator("svg.route-diagram");
        await Assertions.Expect(diagram).ToBeVisibleAsync();
        await Assertions.Expect(diagram.Locator("g.step")).ToHaveCountAsync(4);
        await Assertions.Expect(diagram).ToContainTextAsync("when amount ≤ 100,000");
        await Assertions.Expect(diagram).ToContainTextAsync("when amount > 100,000");
        await _session.ScreenshotAsync("route-editor-published");

        var stored = await _session.App.WithDbAsync(db => db.RouteVersions.SingleAsync(r => r.RouteId == "purchase"));
        var route = RouteParser.Parse("stored", stored.Json).Route!;
        Assert.Equal(["finance", "palad-office"], Assert.IsType<ParallelGroup>(route.Nodes[0]).Branches.Select(b => b.Id));
    }

    private static string PositionLabel(string code) => code switch
    {
        "palad" => "ปลัดองค์การบริหารส่วนตำบลภูซาง (palad)",
        _ => "นายกองค์การบริหารส่วนตำบลภูซาง (nayok)",
    };

    private static string ParserMessageForADecidingBranch() =>
        RouteParser.Parse("x", """
            {"id":"x","version":1,"name":"x","steps":[{"id":"g","parallel":{"mode":"all","steps":[
              {"id":"a","title":"a","position":"a","action":"endorse"},{"id":"b","title":"b","position":"b","action":"decide"}]}},
              {"id":"c","title":"c","position":"c","action":"decide"}]}
            """).Errors.Single().Reason;

    private async Task RowAsync(int row, string id, string title, string position, string action, string? group = null, string? op = null, string? value = null)
    {
        await Page.Locator($"#row-{row}-id").FillAsync(id);
        await Page.Locator($"#row-{row}-title").FillAsync(title);
        await Page.Locator($"#row-{row}-position").SelectOptionAsync(new SelectOptionValue { Label = position });
        await Page.Locator($"#row-{row}-action").SelectOptionAsync(new SelectOptionValue { Label = action });
        await Page.Locator($"#row-{row}-due").FillAsync("P1D");
        if (group is not null)
        {
            await Page.Locator($"#row-{row}-group").FillAsync(group);
            await Page.Locator($"#row-{row}-groupMode").SelectOptionAsync(new SelectOptionValue { Label = "ทุกแถวเสนอครบ (all)" });
        }
        if (op is not null)
        {
            await Page.Locator($"#row-{row}-whenField").SelectOptionAsync(new SelectOptionValue { Label = "จำนวนเงิน (บาท)" });
            await Page.Locator($"#row-{row}-whenOp").SelectOptionAsync(new SelectOptionValue { Label = op });
            await Page.Locator($"#row-{row}-whenValue").FillAsync(value!);
        }
    }
}
