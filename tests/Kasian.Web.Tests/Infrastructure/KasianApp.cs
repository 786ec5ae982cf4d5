using System.Security.Cryptography;
using Kasian.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kasian.Web.Tests.Infrastructure;

/// <summary>
/// Kasian through its real HTTP pipeline on a real database: a fresh SQLite file (or PostgreSQL database)
/// per instance, demo data seeded, and a clock the test moves. Nothing is faked but time.
/// </summary>
public sealed class KasianApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero); // Tuesday 09:00 in Bangkok

    private readonly TestDatabase _database;
    private readonly Dictionary<string, string?> _settings;

    private readonly Action<IServiceCollection>? _services;
    private readonly string _environment;

    /// <param name="settings">Override the defaults below; a null value removes the setting (as if never configured).</param>
    /// <param name="environment">The ASP.NET Core environment; "Production" shows what a real start does with unset settings.</param>
    public KasianApp(TestDatabase database, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string environment = "Testing")
    {
        _services = services;
        _environment = environment;
        _database = database;
        _settings = new Dictionary<string, string?>
        {
            ["Kasian:Database:Provider"] = database.Provider,
            ["Kasian:Database:ConnectionString"] = database.ConnectionString,
            ["Kasian:Demo"] = "true",
            ["Kasian:Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            // No Hangfire server unless a test asks: tests run the reminder sweep themselves, on the fake clock.
            ["Kasian:Reminders:Enabled"] = "false",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
            if (v is null) _settings.Remove(k);
            else _settings[k] = v;
        // Real sockets, so Kestrel's own limits (request size) and a browser apply exactly as in production.
        UseKestrel(0);
    }

    /// <summary>The address Kestrel listens on; starts the server if it is not running yet.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public TestDatabase Database => _database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.UseEnvironment(_environment);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            _services?.Invoke(services);
        });
    }

    public async Task<T> WithDbAsync<T>(Func<KasianDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<KasianDbContext>());
    }

    public async Task<ApiClient> SignInAsync(string username, string password = "demo") =>
        await ApiClient.SignInAsync(CreateClient(), username, password);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
