using System.Net;
using System.Text.Json;
using Kasian.Web.Chain;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Chain;

/// <summary>
/// The QR code's page, for anyone holding the paper: no sign-in, only what the paper itself shows, and whether the
/// record still matches its chain. Then the office's own verification and digests, for administrators and auditors.
/// </summary>
public sealed class VerificationPageTests : IAsyncLifetime
{
    private readonly KasianApp _app = new(TestDatabase.Sqlite());
    private Guid _memo;

    public async Task InitializeAsync()
    {
        _memo = await RecordKit.ApprovedMemoAsync(_app);
        await RecordKit.SealAsync(_app);
        await Offices.AddAsync(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_verification_page_shows_the_paper_and_that_it_matches_then_that_it_no_longer_does()
    {
        using var anyone = _app.CreateClient();

        var (status, html) = await GetAsync(anyone, $"/verify/{_memo:N}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("บันทึกนี้ตรงกับห่วงโซ่บันทึก", html);
        Assert.Contains("รายงานผลการประเมิน ITA ประจำปีงบประมาณ ๒๕๖๗", html);
        Assert.Contains("เห็นชอบแล้ว", html);
        Assert.Contains("๒๔ พฤศจิกายน ๒๕๖๙", html);
        Assert.Contains("หัวหน้าสำนักปลัด รักษาราชการแทน ปลัดองค์การบริหารส่วนตำบลภูซาง", html);
        Assert.Contains("นายกองค์การบริหารส่วนตำบลภูซาง", html);
        // Nothing else of the memo: not its body, not what each step wrote.
        Assert.DoesNotContain("ข้อเท็จจริง", html);
        Assert.DoesNotContain("เพื่อโปรดพิจารณาอนุมัติ", html);
        Assert.DoesNotMatch("[0-9]", System.Text.RegularExpressions.Regex.Replace(MainOf(html), "<[^>]*>", ""));

        await RecordKit.TamperAsync(_app, """UPDATE "Memos" SET "Status" = 'Rejected' WHERE "Id" = @m""", ("m", _memo));
        var (_, changed) = await GetAsync(anyone, $"/verify/{_memo:N}");

        Assert.Contains("ไม่ตรงกับห่วงโซ่บันทึกแล้ว", changed);
        Assert.DoesNotContain("บันทึกนี้ตรงกับห่วงโซ่บันทึก", changed);
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("not-a-code")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task An_unknown_code_is_a_not_found_page_that_repeats_nothing(string code)
    {
        using var anyone = _app.CreateClient();

        var (status, html) = await GetAsync(anyone, "/verify/" + code);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("ไม่พบบันทึกข้อความ", html);
        Assert.DoesNotContain("<script>alert", html);
    }

    [Fact]
    public async Task Administrators_and_auditors_verify_the_office_and_export_a_signed_digest_clerks_may_not()
    {
        var admin = await _app.SignInAsync("admin");
        var auditor = await _app.SignInAsync(Offices.Auditor, Offices.Password);
        var clerk = await _app.SignInAsync(Offices.Clerk, Offices.Password);

        var verified = await admin.GetJsonAsync("/api/admin/record/verify");
        Assert.True(verified["intact"]!.GetValue<bool>());
        Assert.Equal("phusang", verified["organisation"]!.GetValue<string>());
        Assert.True((await auditor.GetJsonAsync("/api/admin/record/verify"))["intact"]!.GetValue<bool>());
        await ApiClient.ProblemAsync(await clerk.Http.GetAsync("/api/admin/record/verify"), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await auditor.PostAsync("/api/admin/record/digests"), HttpStatusCode.Forbidden, "forbidden");

        var made = await admin.OkAsync(await admin.PostAsync("/api/admin/record/digests"));
        var day = made["day"]!.GetValue<string>();
        var file = await auditor.Http.GetAsync($"/api/admin/record/digests/{day}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal($"kasian-digest-phusang-{day}.json", file.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var digest = JsonSerializer.Deserialize<DigestFile>(await file.Content.ReadAsStringAsync(), DigestFile.Json)!;
        Assert.Null(digest.SignatureProblem());
        Assert.Equal(verified["head"]!.GetValue<string>(), digest.Head);
        await ApiClient.ProblemAsync(await admin.Http.GetAsync("/api/admin/record/digests/24-11-2026"), HttpStatusCode.BadRequest, "validation-failed");
        await ApiClient.ProblemAsync(await admin.Http.GetAsync("/api/admin/record/digests/2020-01-01"), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task The_admin_page_shows_the_record_intact_and_prints_todays_digest()
    {
        var browser = await PageBrowser.SignInAsync(_app, "admin");

        var (made, _) = await browser.PostAsync("/admin/verify?handler=Digest", "/admin/verify");
        var (status, html) = await browser.GetAsync("/admin/verify");

        Assert.True(made is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.Found, made.ToString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("บันทึกถูกต้องครบถ้วน", html);
        var day = System.Text.RegularExpressions.Regex.Match(html, @"/admin/verify/digests/(\d{4}-\d{2}-\d{2})").Groups[1].Value;
        var (printed, paper) = await browser.GetAsync($"/admin/verify/digests/{day}");
        Assert.Equal(HttpStatusCode.OK, printed);
        Assert.Contains("สรุปห่วงโซ่บันทึกประจำวัน", paper);
    }

    private static async Task<(HttpStatusCode, string)> GetAsync(HttpClient http, string path)
    {
        var response = await http.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string MainOf(string html) => PageBrowser.MainOf(html);
}
