using Kasian.Web.Data;
using Kasian.Web.Demo;
using Kasian.Web.Features.Setup;
using Kasian.Web.Workflows;

namespace Kasian.Web;

/// <summary>What must be true before the first request: the schema migrated, routes loaded and checked, demo data present if asked.</summary>
public static class Startup
{
    public static async Task PrepareAsync(WebApplication app, KasianOptions options)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<KasianDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var ct = app.Lifetime.ApplicationStopping;

        await DatabaseSetup.MigrateAsync(db, app.Logger, ct);
        var directory = WorkflowLoader.FindDirectory(options, app.Environment.ContentRootPath);
        await WorkflowLoader.LoadAsync(services.GetRequiredService<WorkflowLibrary>(), db, directory, clock, ct);
        app.Logger.LogInformation("Routes loaded from {Directory}", directory);

        if (options.DemoEnabled)
            await DemoData.SeedAsync(services, ct);

        if (!await SetUpInstallationHandler.IsDoneAsync(db, ct))
        {
            var token = services.GetRequiredService<SetupToken>();
            if (token.IsConfigured) app.Logger.LogWarning("No administrator exists yet: open /setup with the token from Kasian:Setup:Token.");
            else app.Logger.LogWarning("No administrator exists yet: open /setup with the setup token {SetupToken} (written once, at this start).", token.Value);
        }
    }
}
