using System.Net;
using System.Text.RegularExpressions;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Security;

/// <summary>
/// The Hangfire dashboard and the global sweep belong to installation administrators; the dashboard gets a policy
/// that lets its own scripts run while every page of Kasian keeps script-src 'none'.
/// </summary>
public sealed partial class DashboardAccessTests : IAsyncLifetime
{
    // Reminders on, or the dashboard is not mapped at all (Jobs/ReminderSetup.cs).
    private readonly KasianApp _app = new(TestDatabase.Sqlite(), new Dictionary<string, string?> { ["Kasian:Reminders:Enabled"] = "true" });

    public async Task InitializeAsync() => await Offices.AddAsync(_app);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_office_administrator_without_the_installation_role_may_neither_sweep_nor_open_the_dashboard()
    {
        var officeAdmin = await _app.SignInAsync(Offices.OtherAdmin, Offices.Password);
        await ApiClient.ProblemAsync(await officeAdmin.PostAsync("/api/admin/reminders/sweep"), HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(HttpStatusCode.Forbidden, (await officeAdmin.Http.GetAsync("/hangfire")).StatusCode);

        var browser = PageBrowser.Create(_app);
        Assert.Equal(HttpStatusCode.Redirect, (await PageBrowser.SignInAsync(browser, Offices.OtherAdmin, Offices.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/hangfire")).StatusCode);

        var installationAdmin = await _app.SignInAsync("admin");
        await installationAdmin.OkAsync(await installationAdmin.PostAsync("/api/admin/reminders/sweep"));
    }

    [Fact]
    public async Task An_installation_administrator_gets_the_dashboard_with_a_policy_that_runs_its_own_scripts_only()
    {
        var browser = PageBrowser.Create(_app);
        Assert.Equal(HttpStatusCode.Redirect, (await PageBrowser.SignInAsync(browser, "admin", "demo")).StatusCode);

        var dashboard = await browser.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        var html = await dashboard.Content.ReadAsStringAsync();
        Assert.Contains("Kasian", html, StringComparison.Ordinal);
        var csp = string.Join(";", dashboard.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", csp, StringComparison.Ordinal);

        // What the policy allows is all the page needs: script files of its own, no inline script.
        var scripts = ScriptTag().Matches(html).Select(m => m.Value).ToList();
        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
        {
            var src = ScriptSource().Match(script);
            Assert.True(src.Success, $"inline script, which the policy blocks: {script}");
            var file = await browser.GetAsync(WebUtility.HtmlDecode(src.Groups[1].Value));
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        }

        // Every page of Kasian itself still forbids script.
        var home = await browser.GetAsync("/");
        Assert.Contains("script-src 'none'", string.Join(";", home.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [GeneratedRegex("<script[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("src=\"(/[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSource();
}
