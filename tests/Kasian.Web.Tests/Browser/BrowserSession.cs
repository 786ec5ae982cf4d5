using System.Net;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kasian.Web.Tests.Browser;

/// <summary>
/// Kasian on Kestrel at a free loopback port (the browser needs real TCP), a fresh SQLite file and the test's
/// clock, driven by Debian's headless Chromium through Playwright. No browser is ever downloaded.
/// </summary>
public sealed class BrowserSession(IDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public KasianApp App { get; } = new(TestDatabase.Sqlite(), settings);

    public IBrowser Browser { get; private set; } = null!;

    public IPage Page { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        App.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        var addresses = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "th-TH",
        });
        Page = await context.NewPageAsync();
    }

    public async Task SignInAsync(string username, string password = "demo")
    {
        await Page.GotoAsync("/signin");
        await Page.GetByLabel("ชื่อผู้ใช้").FillAsync(username);
        await Page.GetByLabel("รหัสผ่าน").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }

    public async Task SignOutAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "ออกจากระบบ" }).ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains("/signin", StringComparison.Ordinal));
    }

    /// <summary>Saves a full-page screenshot to &lt;repo&gt;/artifacts/screenshots/, the test run's artifacts.</summary>
    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory(), name + ".png"), FullPage = true });

    public static string ScreenshotDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kasian.slnx"))) dir = dir.Parent;
        var path = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(path);
        return path;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
