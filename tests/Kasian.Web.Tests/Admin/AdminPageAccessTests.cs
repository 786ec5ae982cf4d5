using System.Net;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Tests.Admin;

/// <summary>
/// Who sees the administration pages, as the access behaviour decides: a clerk gets its 403 on every page and can
/// post nothing; an auditor reads every page without a single form; another office's administrator finds no Phu
/// Sang person or memo (404); an installation administrator adds offices, which nobody else sees.
/// </summary>
public abstract class AdminPageAccessTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database);

    public async Task InitializeAsync() => await Offices.AddAsync(_app);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static readonly string[] ReadPages =
        ["/admin", "/admin/units", "/admin/positions", "/admin/people", "/admin/people/import", "/admin/appointments", "/admin/audit", "/admin/routes", "/admin/routes/internal-memo/1"];

    [Fact]
    public async Task A_clerk_gets_the_403_on_every_administration_page_and_cannot_post_to_them()
    {
        var clerk = await PageBrowser.SignInAsync(_app, Offices.Clerk, Offices.Password);
        var memo = await (await _app.SignInAsync("thapthim")).CreateAndSubmitAsync();
        var person = await _app.PersonIdAsync("thapthim");

        foreach (var path in ReadPages.Append($"/admin/people/{person}").Append($"/admin/memos/{memo}/reassign").Append("/admin/organisations"))
        {
            var (status, html) = await clerk.GetAsync(path);
            Assert.True(status == HttpStatusCode.Forbidden, $"{path}: {status}");
            Assert.Contains("บัญชีของท่านไม่มีสิทธิ์ใช้งานส่วนนี้", html, StringComparison.Ordinal);
            Assert.Empty(PageBrowser.PostForms(html));
            Assert.DoesNotContain("thapthim", PageBrowser.MainOf(html), StringComparison.Ordinal);
        }
        var (_, inbox) = await clerk.GetAsync("/");
        Assert.DoesNotContain("id=\"nav-admin\"", inbox, StringComparison.Ordinal);

        var before = await AdminState.ReadAsync(_app);
        var token = await clerk.TokenAsync("/account/password");
        var refused = await clerk.Http.PostAsync("/admin/units?handler=Create", PageForms.Form(("__af", token), ("New.Name", "กองคลัง")));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(before, await AdminState.ReadAsync(_app));
    }

    [Fact]
    public async Task An_auditor_reads_every_administration_page_without_a_single_form()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        var memo = await thapthim.CreateAndSubmitAsync();
        _app.Clock.Advance(TimeSpan.FromDays(3));
        var auditor = await PageBrowser.SignInAsync(_app, Offices.Auditor, Offices.Password);
        var person = await _app.PersonIdAsync("naphaporn");

        foreach (var path in ReadPages.Append($"/admin/people/{person}").Append($"/admin/memos/{memo}/reassign"))
        {
            var (status, html) = await auditor.GetAsync(path);
            Assert.True(status == HttpStatusCode.OK, $"{path}: {status}");
            Assert.Empty(PageBrowser.PostForms(html));
        }
        Assert.Contains("นางนภาพร ธาคำดี", (await auditor.GetAsync("/admin/people")).Html, StringComparison.Ordinal);
        Assert.Contains("หัวหน้าสำนักปลัด รักษาราชการแทน ปลัดองค์การบริหารส่วนตำบลภูซาง", (await auditor.GetAsync($"/admin/people/{person}")).Html, StringComparison.Ordinal);
        var home = (await auditor.GetAsync("/admin")).Html;
        Assert.Contains("id=\"nav-admin\"", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/memos/{memo}\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("/reassign", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/admin/organisations")).Status);
    }

    [Fact]
    public async Task Another_offices_administrator_gets_404_for_a_phu_sang_person_and_memo_and_changes_nothing()
    {
        var other = await PageBrowser.SignInAsync(_app, Offices.OtherAdmin, Offices.Password);
        var naphaporn = await _app.PersonIdAsync("naphaporn");
        var memo = await (await _app.SignInAsync("thapthim")).CreateAndSubmitAsync();
        var before = await AdminState.ReadAsync(_app);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admin/people/{naphaporn}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admin/memos/{memo}/reassign")).Status);
        var token = await other.TokenAsync("/admin/people");
        foreach (var (handler, fields) in new[]
        {
            ("Edit", new[] { ("Form.DisplayName", "ชื่อใหม่"), ("Form.Roles", "administrator") }),
            ("Deactivate", []),
            ("Password", [("Form.Password", "a-new-long-password")]),
        })
        {
            var response = await other.Http.PostAsync($"/admin/people/{naphaporn}?handler={handler}", PageForms.Form([("__af", token), .. fields]));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{handler}: {response.StatusCode}");
        }
        var reassign = await other.Http.PostAsync($"/admin/memos/{memo}/reassign",
            PageForms.Form(("__af", token), ("Form.StepId", "head-of-office"), ("Form.ToPosition", "nayok"), ("Form.Reason", "เหตุผล")));
        Assert.Equal(HttpStatusCode.NotFound, reassign.StatusCode);

        var (_, people) = await other.GetAsync("/admin/people");
        Assert.DoesNotContain("naphaporn", people, StringComparison.Ordinal);
        Assert.Equal(before, await AdminState.ReadAsync(_app));
    }

    [Fact]
    public async Task An_installation_administrator_adds_an_office_whose_administrator_then_sees_only_it()
    {
        var admin = await PageBrowser.SignInAsync(_app, "admin");
        (string, string)[] office =
        [
            ("Form.Code", "maesai"), ("Form.Name", "องค์การบริหารส่วนตำบลแม่สาย"), ("Form.ShortName", "อบต.แม่สาย"), ("Form.RegisterPrefix", "พย ๗๒๐๑๒"),
            ("Form.Province", "พะเยา"), ("Form.District", "ภูซาง"), ("Form.Username", "maesai-admin"), ("Form.DisplayName", "นายแม่สาย ดูแลระบบ"),
        ];
        var before = await _app.WithDbAsync(db => db.Organisations.CountAsync());

        var (status, html) = await admin.PostAsync("/admin/organisations", "/admin/organisations", [.. office, ("Form.Password", "short")]);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Matches("<p class=\"field-error\" id=\"new-admin.password-error\">[^<]*at least 10[^<]*</p>", html);
        Assert.Contains("value=\"องค์การบริหารส่วนตำบลแม่สาย\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await _app.WithDbAsync(db => db.Organisations.CountAsync()));

        (status, html) = await admin.PostAsync("/admin/organisations", "/admin/organisations", [.. office, ("Form.Password", "maesai-first-password")]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("เพิ่มหน่วยงานและผู้ดูแลระบบคนแรกแล้ว", html, StringComparison.Ordinal);
        Assert.Contains("<code>maesai</code>", html, StringComparison.Ordinal);

        var maesai = await PageBrowser.SignInAsync(_app, "maesai-admin", "maesai-first-password");
        var (_, people) = await maesai.GetAsync("/admin/people");
        Assert.Contains("maesai-admin", people, StringComparison.Ordinal);
        Assert.DoesNotContain("naphaporn", people, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await maesai.GetAsync("/admin/organisations")).Status);
        Assert.DoesNotContain("href=\"/admin/organisations\"", (await maesai.GetAsync("/admin")).Html, StringComparison.Ordinal);
    }
}

public sealed class SqliteAdminPageAccessTests() : AdminPageAccessTests(TestDatabase.Sqlite());

public sealed class PostgreSqlAdminPageAccessTests() : AdminPageAccessTests(TestDatabase.PostgreSql());
