using Kasian.Web.Tests.Infrastructure;
using Kasian.Web.Tests.Browser;
using Microsoft.Playwright;

namespace Kasian.Web.Tests.Security;

/// <summary>In a real browser, the dashboard's scripts run under its policy and nothing is refused.</summary>
public sealed class DashboardBrowserTests : IAsyncLifetime
{
    private readonly BrowserSession _session = new(new KasianApp(TestDatabase.Sqlite(), new Dictionary<string, string?> { ["Kasian:Reminders:Enabled"] = "true" }));

    public Task InitializeAsync() => _session.InitializeAsync();

    public Task DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task The_dashboard_runs_its_scripts_without_a_policy_violation()
    {
        var refused = new List<string>();
        _session.Page.Console += (_, message) =>
        {
            // Chromium reports every refusal by the policy as a console error naming it.
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) refused.Add(message.Text);
        };
        _session.Page.Response += (_, r) =>
        {
            if (r.Status >= 400) refused.Add($"{r.Status} {r.Url}");
        };
        await _session.SignInAsync("admin");

        var response = await _session.Page.GotoAsync("/hangfire");
        Assert.Equal(200, response!.Status);
        await _session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // hangfire.js defines window.Hangfire and draws the realtime chart into the page: both need its scripts to have run.
        Assert.True(await _session.Page.EvaluateAsync<bool>("() => typeof window.Hangfire === 'object'"));
        Assert.True(refused.Count == 0, string.Join("\n", refused));
    }
}
