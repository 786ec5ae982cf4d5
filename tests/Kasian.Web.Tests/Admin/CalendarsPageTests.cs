using System.Net;
using System.Text.RegularExpressions;
using Kasian.Web.Data;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Kasian.Web.Tests.Admin.CalendarsTestKit;

namespace Kasian.Web.Tests.Admin;

/// <summary>The holiday page and the dashboard's warning, driven over HTTP as a browser without script would.</summary>
public abstract partial class CalendarsPageTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database);

    public async Task InitializeAsync() => await Offices.AddAsync(_app);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<HttpClient> BrowserAsync(string username, string password = "demo")
    {
        var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _app.BaseAddress };
        var signedIn = await browser.PostAsync("/signin", PageForms.Form(("Username", username), ("Password", password), ("__af", await PageForms.TokenAsync(browser, "/signin"))));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    private static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_administrator_replaces_the_local_list_and_a_bad_line_is_shown_beside_the_box_with_nothing_saved()
    {
        var browser = await BrowserAsync("admin");
        var page = await HtmlAsync(await browser.GetAsync("/admin/calendars/2027"));
        Assert.Contains("ปฏิทินวันหยุด พ.ศ. ๒๕๗๐ (ค.ศ. ๒๐๒๗)", page, StringComparison.Ordinal);
        Assert.Contains("ยังไม่มีรายการวันหยุดราชการของปีนี้", page, StringComparison.Ordinal);
        Assert.Contains("name=\"NationalLines\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"LocalLines\"", page, StringComparison.Ordinal);
        var token = await PageForms.TokenAsync(browser, "/admin/calendars/2027");
        var before = await WrittenAsync(_app);

        var refused = await HtmlAsync(await browser.PostAsync("/admin/calendars/2027?handler=Local", PageForms.Form(
            ("__af", token), ("LocalLines", "2570-03-20 วันก่อตั้ง อบต.ภูซาง\n\n2027-13-01 เดือนที่สิบสาม"))));
        var beside = ErrorsBeside("local").Match(refused);
        Assert.True(beside.Success, "the error is shown beside the local list's box");
        Assert.Contains("บรรทัดที่ ๓", beside.Value, StringComparison.Ordinal);
        Assert.Contains("2027-13-01 เดือนที่สิบสาม", refused, StringComparison.Ordinal);
        Assert.Equal(before, await WrittenAsync(_app));

        var saved = await HtmlAsync(await browser.PostAsync("/admin/calendars/2027?handler=Local", PageForms.Form(
            ("__af", token), ("LocalLines", "๒๕๗๐-๐๓-๒๐ วันก่อตั้ง อบต.ภูซาง\r\n2027-05-14 ประเพณีบุญบั้งไฟ"))));
        Assert.Contains("บันทึกแล้ว", saved, StringComparison.Ordinal);
        Assert.Contains("๒๐ มี.ค. ๒๕๗๐", saved, StringComparison.Ordinal);
        Assert.Contains("๑๔ พ.ค. ๒๕๗๐", saved, StringComparison.Ordinal);
        var row = await _app.WithDbAsync(db => db.HolidayYears.AsNoTracking().SingleAsync(h => h.Year == 2027));
        Assert.NotEqual(HolidayYear.National, row.OrganisationId);
        Assert.Contains("\"date\":\"2027-03-20\"", row.Holidays, StringComparison.Ordinal);
        Assert.Contains("\"date\":\"2027-05-14\"", row.Holidays, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_office_administrator_sees_no_national_form_and_an_auditor_no_form_at_all()
    {
        var other = await HtmlAsync(await (await BrowserAsync(Offices.OtherAdmin, Offices.Password)).GetAsync("/admin/calendars/2026"));
        Assert.Contains("วันขึ้นปีใหม่", other, StringComparison.Ordinal);
        Assert.Contains("๑ ม.ค. ๒๕๖๙", other, StringComparison.Ordinal);
        Assert.Contains("name=\"LocalLines\"", other, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"NationalLines\"", other, StringComparison.Ordinal);

        var auditor = await HtmlAsync(await (await BrowserAsync(Offices.Auditor, Offices.Password)).GetAsync("/admin/calendars/2026"));
        Assert.Contains("วันขึ้นปีใหม่", auditor, StringComparison.Ordinal);
        Assert.DoesNotContain("<textarea", auditor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_warns_administrators_of_next_years_missing_list_until_it_is_published()
    {
        var admin = await BrowserAsync("admin");
        var warned = await HtmlAsync(await admin.GetAsync("/dashboard"));
        var banner = Banner().Match(warned);
        Assert.True(banner.Success, "the dashboard shows the holiday warning");
        Assert.Contains("พ.ศ. ๒๕๗๐ (ค.ศ. ๒๐๒๗)", banner.Value, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/calendars/2027\"", banner.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("holiday-warning", await HtmlAsync(await (await BrowserAsync("thapthim")).GetAsync("/dashboard")), StringComparison.Ordinal);

        var api = await _app.SignInAsync("admin");
        await api.OkAsync(await PutAsync(api, 2027, new { national = Holidays(("2027-01-01", "วันขึ้นปีใหม่")) }));

        Assert.DoesNotContain("holiday-warning", await HtmlAsync(await admin.GetAsync("/dashboard")), StringComparison.Ordinal);
    }

    private static Regex ErrorsBeside(string list) => new($"<ul class=\"field-error\" id=\"err-{list}\">.*?</ul>", RegexOptions.Singleline);

    [GeneratedRegex("<div class=\"alert warning\" role=\"alert\" id=\"holiday-warning\">.*?</div>", RegexOptions.Singleline)]
    private static partial Regex Banner();
}

public sealed class SqliteCalendarsPageTests() : CalendarsPageTests(TestDatabase.Sqlite());

public sealed class PostgreSqlCalendarsPageTests() : CalendarsPageTests(TestDatabase.PostgreSql());
