using System.Net;
using System.Text.RegularExpressions;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Tests.Admin;

/// <summary>
/// The administration pages over plain HTTP, as a browser without script sends them: each change refused shows its
/// errors beside their fields with what was typed kept, and writes nothing; each change accepted shows what it did.
/// Who may see the pages at all: <see cref="AdminPageAccessTests"/>.
/// </summary>
public abstract partial class AdminPagesTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database);

    public async Task InitializeAsync() => await Offices.AddAsync(_app);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_refused_unit_shows_the_error_beside_its_field_keeps_what_was_typed_and_saves_nothing()
    {
        var admin = await PageBrowser.SignInAsync(_app, "admin");
        var before = await AdminState.ReadAsync(_app);

        var (status, html) = await admin.PostAsync("/admin/units?handler=Create", "/admin/units", ("New.Name", "\u200B\u200B"), ("New.Phone", "๐ ๕๔๔๑ ๒๓๔๕"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Matches("<p class=\"field-error\" id=\"new-name-error\">[^<]+</p>", html);
        Assert.Contains("id=\"new-name\" name=\"New.Name\" type=\"text\" value=\"\u200B\u200B\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"๐ ๕๔๔๑ ๒๓๔๕\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await AdminState.ReadAsync(_app));

        (status, html) = await admin.PostAsync("/admin/units?handler=Create", "/admin/units", ("New.Name", "กองคลัง"), ("New.Phone", "๐ ๕๔๔๑ ๒๓๔๕"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("เพิ่มแล้ว", html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"ชื่อส่วนราชการ\">กองคลัง</td>", html, StringComparison.Ordinal);

        // Its row's own form closes it; a refused edit opens that row again with what was typed.
        var unit = await _app.UnitIdAsync("กองคลัง");
        Assert.Contains($"action=\"/admin/units?id={unit}&handler=Edit\"", html, StringComparison.Ordinal);
        (status, html) = await admin.PostAsync($"/admin/units?handler=Edit&id={unit}", "/admin/units", ("Edit.Name", "สำนักปลัด"), ("Edit.Phone", "๐๕๔"));
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Matches($"<details class=\"row-edit\" open=\"open\">\\s*<summary>แก้ไข</summary>\\s*<form method=\"post\" action=\"/admin/units\\?id={unit}&handler=Edit\"", html);
        Assert.Contains("value=\"๐๕๔\"", html, StringComparison.Ordinal);
        (status, html) = await admin.PostAsync($"/admin/units?handler=Edit&id={unit}", "/admin/units", ("Edit.Name", "กองคลัง"), ("Edit.Phone", "๐ ๕๔๔๑ ๒๓๔๕"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(await _app.WithDbAsync(async db => (await db.Units.SingleAsync(u => u.Id == unit)).Active));
    }

    [Fact]
    public async Task A_refused_person_shows_each_error_beside_its_field_and_never_the_password()
    {
        var admin = await PageBrowser.SignInAsync(_app, "admin");
        var before = await AdminState.ReadAsync(_app);

        var (status, html) = await admin.PostAsync("/admin/people?handler=Create", "/admin/people",
            ("New.Username", "somsri"), ("New.DisplayName", "นางสมศรี มีสุข"), ("New.Email", "not-an-address"), ("New.Password", "short-pw"), ("New.Roles", "clerk"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Matches("<p class=\"field-error\" id=\"new-email-error\">[^<]*not-an-address[^<]*</p>", html);
        Assert.Matches("<p class=\"field-error\" id=\"new-password-error\">[^<]*at least 10[^<]*</p>", html);
        Assert.DoesNotContain("new-username-error", html, StringComparison.Ordinal);
        Assert.Contains("value=\"somsri\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"นางสมศรี มีสุข\"", html, StringComparison.Ordinal);
        Assert.Matches("id=\"new-roles-clerk\" name=\"New.Roles\" value=\"clerk\" checked", html);
        Assert.DoesNotContain("short-pw", html, StringComparison.Ordinal);
        Assert.Equal(before, await AdminState.ReadAsync(_app));
    }

    [Fact]
    public async Task A_persons_page_sets_roles_by_checkbox_refuses_a_short_password_and_deactivates()
    {
        var admin = await PageBrowser.SignInAsync(_app, "admin");
        var thapthim = await _app.PersonIdAsync("thapthim");
        var page = $"/admin/people/{thapthim}";
        Assert.Contains("value=\"นางสาวทับทิม วงศ์ทะนา\"", (await admin.GetAsync(page)).Html, StringComparison.Ordinal);
        var before = await AdminState.ReadAsync(_app);

        var (status, html) = await admin.PostAsync($"{page}?handler=Password", page, ("Form.Password", "short"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Matches("<p class=\"field-error\" id=\"password-password-error\">[^<]*at least 10[^<]*</p>", html);
        Assert.Contains("value=\"นางสาวทับทิม วงศ์ทะนา\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await AdminState.ReadAsync(_app));

        (status, html) = await admin.PostAsync($"{page}?handler=Edit", page,
            ("Form.DisplayName", "นางสาวทับทิม วงศ์ทะนา"), ("Form.Email", "thapthim@phusang.example"), ("Form.Roles", "clerk"), ("Form.Roles", "auditor"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<dd id=\"person-roles\">เจ้าหน้าที่ธุรการ (อ่านหนังสือทั้งหมด), ผู้ตรวจสอบ (อ่านอย่างเดียว)</dd>", html, StringComparison.Ordinal);
        Assert.Equal(Kasian.Web.Data.Roles.Clerk | Kasian.Web.Data.Roles.Auditor,
            await _app.WithDbAsync(async db => (await db.People.SingleAsync(p => p.Username == "thapthim")).Roles));

        (status, html) = await admin.PostAsync($"{page}?handler=Deactivate", page);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("ระงับแล้ว", html, StringComparison.Ordinal);
        var signIn = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _app.BaseAddress };
        var refused = await signIn.PostAsync("/signin", PageForms.Form(("Username", "thapthim"), ("Password", "demo"), ("__af", await PageForms.TokenAsync(signIn, "/signin"))));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        // An administrator cannot take their own administrator role away: the reason in Thai, nothing changed.
        var self = $"/admin/people/{await _app.PersonIdAsync("admin")}";
        before = await AdminState.ReadAsync(_app);
        (status, html) = await admin.PostAsync($"{self}?handler=Edit", self, ("Form.DisplayName", "ผู้ดูแลระบบ"), ("Form.Roles", "clerk"));
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("ถอดบทบาทผู้ดูแลระบบของตนเองไม่ได้", html, StringComparison.Ordinal);
        Assert.Equal(before, await AdminState.ReadAsync(_app));
    }

    [Fact]
    public async Task A_second_holder_is_refused_with_the_reason_in_Thai_and_the_holder_named()
    {
        var admin = await PageBrowser.SignInAsync(_app, "admin");
        var somsri = await CreatePersonAsync(admin, "somsri", "นางสมศรี มีสุข");
        var nayok = await _app.PositionIdAsync("nayok");
        var before = await AdminState.ReadAsync(_app);

        var (status, html) = await admin.PostAsync("/admin/appointments?handler=Create", "/admin/appointments",
            ("New.PersonId", somsri.ToString()), ("New.PositionId", nayok.ToString()), ("New.Kind", "holder"), ("New.From", "2026-11-24"), ("New.OrderReference", "คำสั่ง ที่ ๙/๒๕๖๙"));

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("ตำแหน่งนี้มีผู้ดำรงตำแหน่งอยู่แล้วในบางวันที่เลือก", html, StringComparison.Ordinal);
        Assert.Contains("นายวรวิทย์ เผ่าใจมา", Alert().Match(html).Value, StringComparison.Ordinal);
        Assert.Contains("value=\"คำสั่ง ที่ ๙/๒๕๖๙\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await AdminState.ReadAsync(_app));

        // No kind chosen: the error stands beside the radio buttons.
        (status, html) = await admin.PostAsync("/admin/appointments?handler=Create", "/admin/appointments",
            ("New.PersonId", somsri.ToString()), ("New.PositionId", nayok.ToString()), ("New.From", "2026-11-24"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Matches("<p class=\"field-error\" id=\"new-kind-error\">[^<]+</p>", html);
        Assert.Equal(before, await AdminState.ReadAsync(_app));

        (status, html) = await admin.PostAsync("/admin/appointments?handler=Create", "/admin/appointments",
            ("New.PersonId", somsri.ToString()), ("New.PositionId", nayok.ToString()), ("New.Kind", "acting"), ("New.From", "2026-11-24"), ("New.To", "2026-11-30"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("แต่งตั้งแล้ว", html, StringComparison.Ordinal);
        Assert.Contains("๒๔ พ.ย. ๒๕๖๙ – ๓๐ พ.ย. ๒๕๖๙", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_appointment_is_ended_by_its_last_day_and_an_empty_day_is_refused_rather_than_read_as_until_further_notice()
    {
        var admin = await PageBrowser.SignInAsync(_app, "admin");
        var acting = await _app.AppointmentIdAsync("naphaporn", "palad");
        var before = await AdminState.ReadAsync(_app);

        var (status, html) = await admin.PostAsync($"/admin/appointments?handler=End&id={acting}", "/admin/appointments", ("End.To", ""));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Matches($"<p class=\"field-error\" id=\"end-{acting}-to-error\">[^<]+</p>", html);
        Assert.Equal(before, await AdminState.ReadAsync(_app));

        Assert.Contains($"action=\"/admin/appointments?id={acting}&handler=End\"", html, StringComparison.Ordinal);
        (status, html) = await admin.PostAsync($"/admin/appointments?handler=End&id={acting}", "/admin/appointments", ("End.To", "2026-11-23"));
        Assert.Equal(HttpStatusCode.OK, status);
        var row = new Regex($"<tr id=\"appointment-{acting}\".*?</tr>", RegexOptions.Singleline).Match(html).Value;
        Assert.Contains("๑ ต.ค. ๒๕๖๗ – ๒๓ พ.ย. ๒๕๖๙", row, StringComparison.Ordinal);
        Assert.Contains("สิ้นสุดแล้ว", row, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 11, 23), await _app.WithDbAsync(async db => (await db.Appointments.SingleAsync(a => a.Id == acting)).To));
    }

    [Fact]
    public async Task A_csv_file_with_bad_rows_lists_each_line_and_why_and_imports_nothing()
    {
        var admin = await PageBrowser.SignInAsync(_app, "admin");
        var before = await AdminState.ReadAsync(_app);
        const string Bad = "username,displayName,password,position,kind\n"
            + "somsri,นางสมศรี มีสุข,first-password-1,,\n"
            + "somchai,,first-password-2,,\n"
            + "kanya,นางสาวกัญญา ใจงาม,first-password-3,nayok,holder\n";

        var (status, html) = await admin.UploadAsync("/admin/people/import", Bad);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("ไฟล์มี ๒ แถวที่ไม่ถูกต้อง ไม่มีการบันทึก", html, StringComparison.Ordinal);
        var lines = BadLine().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Equal(["๓", "๔"], lines.Select(l => l.Item1));
        Assert.Contains("displayName", lines[0].Item2, StringComparison.Ordinal);
        Assert.Contains("นายวรวิทย์ เผ่าใจมา", lines[1].Item2, StringComparison.Ordinal);
        Assert.Equal(before, await AdminState.ReadAsync(_app));

        (status, html) = await admin.UploadAsync("/admin/people/import", "\uFEFFusername,displayName,password,position,kind,from\r\nkanya,นางสาวกัญญา ใจงาม,first-password-3,nayok,acting,2026-11-24\r\n");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("นำเข้าแล้ว: บุคลากร ๑ คน การแต่งตั้ง ๑ รายการ", html, StringComparison.Ordinal);
        Assert.True(await _app.WithDbAsync(db => db.People.AnyAsync(p => p.Username == "kanya")));
    }

    [Fact]
    public async Task The_home_lists_a_memo_at_a_vacant_post_and_the_reassign_form_moves_it_with_a_reason()
    {
        var admin = await PageBrowser.SignInAsync(_app, "admin");
        var api = await _app.SignInAsync("admin");
        await api.OkAsync(await api.PutAsync($"/api/admin/appointments/{await _app.AppointmentIdAsync("naphaporn", "palad")}", new { to = "2026-11-23" }));
        var memo = await (await _app.SignInAsync("thapthim")).CreateAndSubmitAsync("ขออนุมัติเดินทางไปราชการ");
        var naphaporn = await _app.SignInAsync("naphaporn");
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{memo}/endorse", new { stepId = "head-of-office" }));

        var (_, home) = await admin.GetAsync("/admin");
        var row = new Regex("<table class=\"memos\" id=\"stuck\">.*?</table>", RegexOptions.Singleline).Match(home).Value;
        Assert.Contains("ขออนุมัติเดินทางไปราชการ", row, StringComparison.Ordinal);
        Assert.Contains("ตำแหน่งว่าง", row, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/memos/{memo}/reassign\"", row, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/memos/{memo}/reassign\"", (await admin.GetAsync($"/memos/{memo}")).Html, StringComparison.Ordinal);

        // Neither a position nor a person: the error stands beside the choice, and the reason typed stays.
        var before = await StoredState.ReadAsync(_app);
        var (status, html) = await admin.PostAsync($"/admin/memos/{memo}/reassign", $"/admin/memos/{memo}/reassign",
            ("Form.StepId", "palad"), ("Form.ToPosition", ""), ("Form.ToPerson", ""), ("Form.Reason", "ปลัดว่าง ผู้รักษาราชการแทนพ้นวาระ"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Matches("<p class=\"field-error\" id=\"reassign-toPosition-error\">[^<]+</p>", html);
        Assert.Contains(">ปลัดว่าง ผู้รักษาราชการแทนพ้นวาระ</textarea>", html, StringComparison.Ordinal);
        Assert.Equal(before, await StoredState.ReadAsync(_app));

        var done = await admin.Http.PostAsync($"/admin/memos/{memo}/reassign", PageForms.Form(("__af", await admin.TokenAsync($"/admin/memos/{memo}/reassign")),
            ("Form.StepId", "palad"), ("Form.ToPerson", "worawit"), ("Form.Reason", "ปลัดว่าง ผู้รักษาราชการแทนพ้นวาระ")));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal($"/memos/{memo}?acted=1", done.Headers.Location!.OriginalString);
        var (_, page) = await admin.GetAsync($"/memos/{memo}");
        Assert.Contains("ผู้ดูแลระบบมอบหมายขั้นตอนให้ตำแหน่งอื่น", page, StringComparison.Ordinal);
        Assert.Contains("ปลัดว่าง ผู้รักษาราชการแทนพ้นวาระ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ขออนุมัติเดินทางไปราชการ", Regex.Match((await admin.GetAsync("/admin")).Html, "<section class=\"panel\" aria-labelledby=\"stuck-title\">.*?</section>", RegexOptions.Singleline).Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_page_shows_the_newest_change_first_with_a_thai_date()
    {
        var admin = await PageBrowser.SignInAsync(_app, "admin");
        await CreatePersonAsync(admin, "somsri", "นางสมศรี มีสุข");
        _app.Clock.Advance(TimeSpan.FromHours(1));
        await admin.PostAsync("/admin/units?handler=Create", "/admin/units", ("New.Name", "กองช่าง"));

        var (status, html) = await admin.GetAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = new Regex("<tbody>.*?</tbody>", RegexOptions.Singleline).Match(html).Value.Split("</tr>");
        Assert.Contains("เพิ่มส่วนราชการ", rows[0], StringComparison.Ordinal);
        Assert.Contains("กองช่าง", rows[0], StringComparison.Ordinal);
        Assert.Contains("๒๔ พ.ย. ๒๕๖๙ ๑๐:๐๐", rows[0], StringComparison.Ordinal);
        Assert.Contains("เพิ่มบุคลากร", rows[1], StringComparison.Ordinal);
        Assert.Contains("๒๔ พ.ย. ๒๕๖๙ ๐๙:๐๐", rows[1], StringComparison.Ordinal);
        Assert.DoesNotContain("first-password", html, StringComparison.Ordinal);
    }

    private async Task<Guid> CreatePersonAsync(PageBrowser admin, string username, string name)
    {
        var token = await admin.TokenAsync("/admin/people");
        var response = await admin.Http.PostAsync("/admin/people?handler=Create", PageForms.Form(("__af", token),
            ("New.Username", username), ("New.DisplayName", name), ("New.Password", "first-password-1")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await _app.PersonIdAsync(username);
    }

    [GeneratedRegex("<div class=\"alert error\" role=\"alert\">.*?</div>", RegexOptions.Singleline)]
    private static partial Regex Alert();

    [GeneratedRegex("<tr><td data-label=\"บรรทัดที่\" class=\"nowrap\">([^<]*)</td><td data-label=\"สิ่งที่ต้องแก้ไข\">([^<]*)</td></tr>")]
    private static partial Regex BadLine();
}

public sealed class SqliteAdminPagesTests() : AdminPagesTests(TestDatabase.Sqlite());

public sealed class PostgreSqlAdminPagesTests() : AdminPagesTests(TestDatabase.PostgreSql());
