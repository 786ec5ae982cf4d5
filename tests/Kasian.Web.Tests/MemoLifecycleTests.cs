using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests;

public abstract class MemoLifecycleTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database);
    private ApiClient _thapthim = null!;
    private ApiClient _naphaporn = null!;
    private ApiClient _worawit = null!;

    public async Task InitializeAsync()
    {
        _thapthim = await _app.SignInAsync("thapthim");
        _naphaporn = await _app.SignInAsync("naphaporn");
        _worawit = await _app.SignInAsync("worawit");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_returned_memo_is_edited_and_resubmitted_with_the_same_number_and_its_history_kept()
    {
        var id = await _thapthim.CreateAndSubmitAsync("ขออนุมัติเดินทางไปราชการ");
        var number = (await _thapthim.GetJsonAsync($"/api/memos/{id}"))["number"]!["th"]!.GetValue<string>();
        await _naphaporn.OkAsync(await _naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office" }));
        var returned = await _naphaporn.OkAsync(await _naphaporn.PostAsync($"/api/memos/{id}/return", new { stepId = "palad", reason = "แนบกำหนดการเดินทาง" }));
        Assert.Equal("returned", returned["status"]!.GetValue<string>());

        var edited = await _thapthim.OkAsync(await _thapthim.Http.PutAsJsonAsync($"/api/memos/{id}", new
        {
            unit = "สำนักปลัด", subject = "ขออนุมัติเดินทางไปราชการ (แก้ไข)", to = "นายกองค์การบริหารส่วนตำบลภูซาง", body = "แนบกำหนดการแล้ว",
        }));
        Assert.Equal("ขออนุมัติเดินทางไปราชการ (แก้ไข)", edited["subject"]!.GetValue<string>());
        var resubmitted = await _thapthim.OkAsync(await _thapthim.PostAsync($"/api/memos/{id}/submit"));

        Assert.Equal(number, resubmitted["number"]!["th"]!.GetValue<string>());
        Assert.Equal(2, resubmitted["round"]!.GetValue<int>());
        Assert.Equal("head-of-office", resubmitted["currentStep"]!["id"]!.GetValue<string>());
        var history = resubmitted["endorsements"]!.AsArray();
        Assert.Equal(["endorse", "return"], history.Select(e => e!["action"]!.GetValue<string>()));
        Assert.Equal("แนบกำหนดการเดินทาง", history[1]!["comment"]!.GetValue<string>());
        var registerLast = await _app.WithDbAsync(db => Task.FromResult(db.RegisterCounters.Single().Last));
        Assert.Equal(119, registerLast);
    }

    [Fact]
    public async Task The_originator_recalls_a_pending_memo_and_it_leaves_the_inbox()
    {
        var id = await _thapthim.CreateAndSubmitAsync("เรื่องที่ดึงคืน");
        var recalled = await _thapthim.OkAsync(await _thapthim.PostAsync($"/api/memos/{id}/recall"));
        Assert.Equal("recalled", recalled["status"]!.GetValue<string>());
        Assert.DoesNotContain((await _naphaporn.GetJsonAsync("/api/memos?box=inbox"))["items"]!.AsArray(), m => m!["id"]!.GetValue<Guid>() == id);
        await ApiClient.ProblemAsync(await _naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office" }), HttpStatusCode.Conflict, "not-pending");
    }

    [Fact]
    public async Task An_approver_who_prefers_a_minimal_answer_gets_where_the_memo_stands_and_the_endorsement_is_kept()
    {
        var id = await _thapthim.CreateAndSubmitAsync("เรื่องที่ตอบกลับแบบย่อ");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/memos/{id}/endorse")
        {
            Content = JsonContent.Create(new { stepId = "head-of-office", comment = "เห็นควรเสนอ" }),
        };
        request.Headers.Add("Prefer", "return=minimal");
        var response = await _naphaporn.Http.SendAsync(request);

        var brief = await _naphaporn.OkAsync(response);
        Assert.Equal("return=minimal", response.Headers.GetValues("Preference-Applied").Single());
        Assert.Equal(id, brief["id"]!.GetValue<Guid>());
        Assert.Equal("pending", brief["status"]!.GetValue<string>());
        Assert.Equal("palad", brief["currentStepId"]!.GetValue<string>());
        Assert.Null(brief["endorsements"]);
        var memo = await _naphaporn.GetJsonAsync($"/api/memos/{id}");
        Assert.Equal(memo["version"]!.GetValue<int>(), brief["version"]!.GetValue<int>());
        Assert.Equal("เห็นควรเสนอ", memo["endorsements"]!.AsArray().Single()!["comment"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_nayok_rejects_with_a_reason_and_the_reason_is_recorded()
    {
        var id = await _thapthim.CreateAndSubmitAsync("ขอซื้อรถยนต์");
        await _naphaporn.OkAsync(await _naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office" }));
        await _naphaporn.OkAsync(await _naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "palad" }));
        var rejected = await _worawit.OkAsync(await _worawit.PostAsync($"/api/memos/{id}/reject", new { stepId = "nayok", reason = "งบประมาณไม่เพียงพอ" }));
        Assert.Equal("rejected", rejected["status"]!.GetValue<string>());
        var last = rejected["endorsements"]!.AsArray().Last()!;
        Assert.Equal("reject", last["action"]!.GetValue<string>());
        Assert.Equal("งบประมาณไม่เพียงพอ", last["comment"]!.GetValue<string>());
    }

    [Fact]
    public async Task Attachments_are_stored_with_their_sha256_under_a_safe_name_and_size_limit()
    {
        var id = (await _thapthim.CreateMemoAsync())["id"]!.GetValue<Guid>();
        var bytes = Encoding.UTF8.GetBytes("ตารางมาตรการ ITA");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "../../etc/มาตรการ<ITA>.txt");
        var memo = await _thapthim.OkAsync(await _thapthim.Http.PostAsync($"/api/memos/{id}/attachments", form), HttpStatusCode.Created);

        var attachment = memo["attachments"]!.AsArray().Single()!;
        Assert.Equal("มาตรการ_ITA_.txt", attachment["fileName"]!.GetValue<string>());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), attachment["sha256"]!.GetValue<string>());
        var download = await _naphaporn.Http.GetAsync($"/api/memos/{id}/attachments/{attachment["id"]}");
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);

        using var big = new MultipartFormDataContent { { new ByteArrayContent(new byte[10 * 1024 * 1024 + 1]), "file", "big.pdf" } };
        var before = await StoredState.ReadAsync(_app);
        await ApiClient.ProblemAsync(await _thapthim.Http.PostAsync($"/api/memos/{id}/attachments", big), HttpStatusCode.RequestEntityTooLarge, "too-large");
        Assert.Equal(before, await StoredState.ReadAsync(_app));
    }

    [Fact]
    public async Task Lists_find_memos_by_box_status_overdue_and_number_in_either_digits()
    {
        var id = await _thapthim.CreateAndSubmitAsync("จัดซื้อครุภัณฑ์คอมพิวเตอร์");
        var number = (await _thapthim.GetJsonAsync($"/api/memos/{id}"))["number"]!["latin"]!.GetValue<string>();
        var sequence = number.Split('/')[1];

        Assert.Contains((await _thapthim.GetJsonAsync($"/api/memos?q=/{sequence}"))["items"]!.AsArray(), m => m!["id"]!.GetValue<Guid>() == id);
        Assert.Contains((await _thapthim.GetJsonAsync("/api/memos?q=ครุภัณฑ์"))["items"]!.AsArray(), m => m!["id"]!.GetValue<Guid>() == id);
        // Her inbox holds her own drafts; the memo she sent waits at someone else's step.
        Assert.DoesNotContain((await _thapthim.GetJsonAsync("/api/memos?box=inbox"))["items"]!.AsArray(), m => m!["id"]!.GetValue<Guid>() == id);
        Assert.Empty((await _naphaporn.GetJsonAsync("/api/memos?box=inbox&overdue=true"))["items"]!.AsArray());

        _app.Clock.Advance(TimeSpan.FromDays(3));
        // Bearer tokens expire on the app's clock: three days on, sign in again.
        _naphaporn = await _app.SignInAsync("naphaporn");
        var overdue = (await _naphaporn.GetJsonAsync("/api/memos?box=inbox&overdue=true"))["items"]!.AsArray();
        Assert.Contains(overdue, m => m!["id"]!.GetValue<Guid>() == id && m["overdue"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Search_ignores_latin_case_and_finds_thai_text_on_every_provider()
    {
        var id = (await _thapthim.CreateMemoAsync("รายงานผลการประเมิน ITA ประจำปีงบประมาณ"))["id"]!.GetValue<Guid>();

        foreach (var q in new[] { "ita", "ITA", "Ita", "ผลการประเมิน", "ปีงบประมาณ" })
            Assert.Contains((await _thapthim.GetJsonAsync($"/api/memos?q={Uri.EscapeDataString(q)}"))["items"]!.AsArray(), m => m!["id"]!.GetValue<Guid>() == id);
        Assert.Empty((await _thapthim.GetJsonAsync($"/api/memos?q={Uri.EscapeDataString("ไม่มีเรื่องนี้")}"))["items"]!.AsArray());
    }

    [Fact]
    public async Task Times_are_stored_and_returned_in_utc()
    {
        _app.Clock.Advance(TimeSpan.FromMinutes(7));
        var memo = await _thapthim.CreateMemoAsync();
        var created = memo["createdAt"]!.GetValue<DateTimeOffset>();
        Assert.Equal(KasianApp.Start.AddMinutes(7), created);
        Assert.Equal(TimeSpan.Zero, created.Offset);
    }

    [Fact]
    public async Task Health_endpoints_report_live_and_ready()
    {
        var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var doc = await _app.CreateClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/memos/{id}/endorse", doc, StringComparison.Ordinal);
        Assert.Contains("/api/auth/token", doc, StringComparison.Ordinal);
    }
}

public sealed class SqliteMemoLifecycleTests() : MemoLifecycleTests(TestDatabase.Sqlite());

public sealed class PostgreSqlMemoLifecycleTests() : MemoLifecycleTests(TestDatabase.PostgreSql());
