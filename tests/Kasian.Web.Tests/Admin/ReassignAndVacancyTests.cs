using System.Net;
using System.Net.Http.Json;
using Kasian.Core.Memos;
using Kasian.Web.Data;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Tests.Admin;

public abstract class ReassignAndVacancyTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database);
    private ApiClient _thapthim = null!;
    private ApiClient _naphaporn = null!;
    private ApiClient _worawit = null!;
    private ApiClient _admin = null!;

    public async Task InitializeAsync()
    {
        await Offices.AddAsync(_app);
        _thapthim = await _app.SignInAsync("thapthim");
        _naphaporn = await _app.SignInAsync("naphaporn");
        _worawit = await _app.SignInAsync("worawit");
        _admin = await _app.SignInAsync("admin");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_stuck_step_reassigned_to_a_person_waits_in_their_inbox_and_is_on_the_timeline()
    {
        var id = await _thapthim.CreateAndSubmitAsync();
        await _naphaporn.OkAsync(await _naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office" }));

        var moved = await _admin.OkAsync(await _admin.PostAsync($"/api/admin/memos/{id}/reassign",
            new { stepId = "palad", toPerson = "worawit", reason = "ผู้รักษาราชการแทนปลัดลาพักผ่อน" }));

        Assert.Equal(("palad", "nayok"), (moved["currentStep"]!["id"]!.GetValue<string>(), moved["currentStep"]!["position"]!.GetValue<string>()));
        var inbox = await _worawit.GetJsonAsync("/api/memos?box=inbox");
        Assert.Contains(inbox["items"]!.AsArray(), m => m!["id"]!.GetValue<Guid>() == id);
        await ApiClient.ProblemAsync(await _naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "palad" }), HttpStatusCode.Forbidden, "not-your-step");
        var endorsed = await _worawit.OkAsync(await _worawit.PostAsync($"/api/memos/{id}/endorse", new { stepId = "palad", comment = "เห็นควรอนุมัติ" }));
        Assert.Equal("นายกองค์การบริหารส่วนตำบลภูซาง", endorsed["endorsements"]!.AsArray()[1]!["capacity"]!["text"]!.GetValue<string>());

        var events = await _thapthim.Http.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>($"/api/memos/{id}/events");
        var reassigned = Assert.Single(events!, e => e!["type"]!.GetValue<string>() == "StepReassigned")!;
        Assert.Equal("admin", reassigned["actor"]!["username"]!.GetValue<string>());
        Assert.Equal("ผู้รักษาราชการแทนปลัดลาพักผ่อน", reassigned["payload"]!["reason"]!.GetValue<string>());

        var page = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _app.BaseAddress };
        await PageForms.SignInAsync(page, "thapthim");
        var print = await page.GetStringAsync($"/memos/{id}/print");
        Assert.Contains("มอบหมายให้ นายกองค์การบริหารส่วนตำบลภูซาง เพราะ ผู้รักษาราชการแทนปลัดลาพักผ่อน", print);
        var pdf = Printing.PdfTools.Save(await _thapthim.Http.GetByteArrayAsync($"/api/memos/{id}/pdf"), $"reassigned-{database.Provider}.pdf");
        var text = string.Join(' ', (await Printing.PdfTools.TextAsync(pdf)).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("มอบหมายให้ นายกองค์การบริหารส่วนตำบลภูซาง", text);
    }

    [Fact]
    public async Task The_order_behind_an_acting_capacity_is_recorded_with_the_endorsement_and_printed()
    {
        await _app.WithDbAsync(async db =>
        {
            var palad = await db.Positions.Where(p => p.Code == "palad").Select(p => p.Id).SingleAsync();
            (await db.Appointments.SingleAsync(a => a.PositionId == palad)).OrderReference = "คำสั่ง อบต.ภูซาง ที่ 123/2569";
            return await db.SaveChangesAsync();
        });
        var id = await _thapthim.CreateAndSubmitAsync();
        await _naphaporn.OkAsync(await _naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office" }));

        var memo = await _naphaporn.OkAsync(await _naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "palad", comment = "เพื่อโปรดพิจารณา" }));

        var capacity = memo["endorsements"]!.AsArray()[1]!["capacity"]!;
        Assert.Equal("หัวหน้าสำนักปลัด รักษาราชการแทน ปลัดองค์การบริหารส่วนตำบลภูซาง", capacity["text"]!.GetValue<string>());
        Assert.Equal("คำสั่ง อบต.ภูซาง ที่ 123/2569", capacity["order"]!.GetValue<string>());
        var page = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _app.BaseAddress };
        await PageForms.SignInAsync(page, "thapthim");
        Assert.Contains("คำสั่ง อบต.ภูซาง ที่ ๑๒๓/๒๕๖๙", await page.GetStringAsync($"/memos/{id}/print"));
        var pdf = Printing.PdfTools.Save(await _thapthim.Http.GetByteArrayAsync($"/api/memos/{id}/pdf"), $"order-{database.Provider}.pdf");
        var text = string.Join(' ', (await Printing.PdfTools.TextAsync(pdf)).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("คำสั่ง อบต.ภูซาง ที่ ๑๒๓/๒๕๖๙", text);
    }

    [Fact]
    public async Task Reassigning_is_refused_clearly_and_changes_nothing()
    {
        var id = await _thapthim.CreateAndSubmitAsync();
        var before = await StoredState.ReadAsync(_app);

        await ApiClient.ProblemAsync(await _admin.PostAsync($"/api/admin/memos/{id}/reassign", new { stepId = "head-of-office", toPosition = "nayok" }), HttpStatusCode.BadRequest, "validation-failed");
        await ApiClient.ProblemAsync(await _admin.PostAsync($"/api/admin/memos/{id}/reassign", new { stepId = "head-of-office", toPosition = "nayok", toPerson = "worawit", reason = "x" }), HttpStatusCode.BadRequest, "validation-failed");
        await ApiClient.ProblemAsync(await _admin.PostAsync($"/api/admin/memos/{id}/reassign", new { stepId = "head-of-office", toPosition = "no-such-post", reason = "x" }), HttpStatusCode.BadRequest, "validation-failed");
        await ApiClient.ProblemAsync(await _admin.PostAsync($"/api/admin/memos/{id}/reassign", new { stepId = "head-of-office", toPerson = "admin", reason = "x" }), HttpStatusCode.BadRequest, "validation-failed");
        await ApiClient.ProblemAsync(await _admin.PostAsync($"/api/admin/memos/{id}/reassign", new { stepId = "palad", toPosition = "nayok", reason = "x" }), HttpStatusCode.Conflict, "step-moved-on");
        await ApiClient.ProblemAsync(await _admin.PostAsync($"/api/admin/memos/{id}/reassign", new { stepId = "head-of-office", toPosition = "head-of-palad-office", reason = "x" }), HttpStatusCode.Conflict, "already-assigned");
        await ApiClient.ProblemAsync(await _naphaporn.PostAsync($"/api/admin/memos/{id}/reassign", new { stepId = "head-of-office", toPosition = "nayok", reason = "x" }), HttpStatusCode.Forbidden, "forbidden");
        var clerk = await _app.SignInAsync(Offices.Clerk, Offices.Password);
        await ApiClient.ProblemAsync(await clerk.PostAsync($"/api/admin/memos/{id}/reassign", new { stepId = "head-of-office", toPosition = "nayok", reason = "x" }), HttpStatusCode.Forbidden, "forbidden");

        Assert.Equal(before, await StoredState.ReadAsync(_app));
    }

    [Fact]
    public async Task Submitting_to_a_vacant_first_step_is_refused_naming_the_position()
    {
        await EndAppointmentsAsync("head-of-palad-office");
        var memo = await _thapthim.CreateMemoAsync();
        var id = memo["id"]!.GetValue<Guid>();
        var before = await StoredState.ReadAsync(_app);

        var problem = await ApiClient.ProblemAsync(await _thapthim.PostAsync($"/api/memos/{id}/submit"), HttpStatusCode.Conflict, "step-vacant");

        Assert.Contains("head-of-palad-office", problem["detail"]!.GetValue<string>());
        Assert.Equal(before, await StoredState.ReadAsync(_app));
    }

    [Fact]
    public async Task A_later_step_that_opens_vacant_tells_the_administrators_once()
    {
        var id = await _thapthim.CreateAndSubmitAsync();
        await EndAppointmentsAsync("palad");

        await _naphaporn.OkAsync(await _naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office" }));

        var notices = await _admin.GetJsonAsync("/api/notifications");
        var notice = Assert.Single(notices["items"]!.AsArray(), n => n!["memoId"]!.GetValue<Guid>() == id)!;
        Assert.Contains("ปลัดองค์การบริหารส่วนตำบลภูซาง", notice["title"]!.GetValue<string>());
        var others = await _thapthim.GetJsonAsync("/api/notifications");
        Assert.DoesNotContain(others["items"]!.AsArray(), n => n!["memoId"]!.GetValue<Guid>() == id);

        var page = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _app.BaseAddress };
        await PageForms.SignInAsync(page, "admin");
        var dashboard = await page.GetStringAsync("/dashboard");
        Assert.Contains("id=\"vacant-waits\"", dashboard);
        Assert.Contains($"/memos/{id}", dashboard);
        Assert.Contains("รอที่ตำแหน่ง ปลัดองค์การบริหารส่วนตำบลภูซาง", dashboard);
    }

    [Fact]
    public async Task An_administrator_who_holds_no_post_writes_no_memo()
    {
        var response = await _admin.PostAsync("/api/memos", new { unit = "สำนักปลัด", subject = "ทดสอบ", to = "นายก", body = "ข้อความ" });
        await ApiClient.ProblemAsync(response, HttpStatusCode.Forbidden, "no-position");
    }

    /// <summary>Ends every appointment to a position yesterday (Bangkok), as an administrator would when its holder leaves.</summary>
    private Task EndAppointmentsAsync(string position) => _app.WithDbAsync(async db =>
    {
        var yesterday = Kasian.Core.Thai.ThaiDate.BangkokDate(_app.Clock.GetUtcNow()).AddDays(-1);
        var ids = await db.Positions.Where(p => p.Code == position).Select(p => p.Id).ToListAsync();
        foreach (var a in await db.Appointments.Where(a => ids.Contains(a.PositionId)).ToListAsync()) a.To = yesterday;
        return await db.SaveChangesAsync();
    });
}

public sealed class SqliteReassignAndVacancyTests() : ReassignAndVacancyTests(TestDatabase.Sqlite());

public sealed class PostgreSqlReassignAndVacancyTests() : ReassignAndVacancyTests(TestDatabase.PostgreSql());
