using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Kasian.Web.Features;
using Kasian.Web.Notifications;
using Kasian.Web.Reminders;

namespace Kasian.Web.Jobs;

/// <summary>Reminders, notifications and Hangfire, wired in two calls from Program.cs.</summary>
public static class ReminderSetup
{
    public static WebApplicationBuilder AddKasianReminders(this WebApplicationBuilder builder, KasianOptions kasian)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        services.Configure<ReminderOptions>(config.GetSection(ReminderOptions.Section));
        services.Configure<NotificationOptions>(config.GetSection(NotificationOptions.Section));
        services.PostConfigure<NotificationOptions>(o =>
        {
            if (config["Kasian:PublicBaseUrl"] is { Length: > 0 } url) o.PublicBaseUrl = url;
        });

        // The LINE base URL is an administrator's setting, not a person's, but it goes through the same check at start.
        services.AddOptions<NotificationOptions>()
            .Validate(o => OutboundTargets.RefusalFor(o.Line.BaseUrl, o.AllowPrivateTargets) is null,
                "Kasian:Notifications:Line:BaseUrl must be an absolute http(s) URL that is not a loopback, private, link-local, unspecified or " +
                "multicast address (loopback and private addresses only with Kasian:Notifications:AllowPrivateTargets=true).")
            .ValidateOnStart();
        foreach (var name in new[] { LineChannel.HttpClientName, WebhookChannel.HttpClientName })
            services.AddHttpClient(name, c => c.Timeout = TimeSpan.FromSeconds(20))
                .ConfigurePrimaryHttpMessageHandler(s => OutboundTargets.Handler(s.GetRequiredService<Microsoft.Extensions.Options.IOptions<NotificationOptions>>().Value.AllowPrivateTargets));
        services.AddScoped<INotificationChannel, InAppChannel>();
        services.AddScoped<INotificationChannel, EmailChannel>();
        services.AddScoped<INotificationChannel, LineChannel>();
        services.AddScoped<INotificationChannel, WebhookChannel>();
        services.AddScoped<ReminderHandler>();
        services.AddScoped<DeliveryRunner>();
        services.AddScoped<ReminderSweep>();
        services.AddScoped<DeliveryPlanner>();
        services.AddScoped<MemoNotifier>();
        services.AddScoped<DigestRunner>();
        services.AddSingleton<TurnSignal>();
        services.AddSingleton<TurnNotifications>();
        services.AddHostedService(s => s.GetRequiredService<TurnNotifications>());

        var reminders = config.GetSection(ReminderOptions.Section).Get<ReminderOptions>() ?? new ReminderOptions();
        if (!reminders.Enabled)
        {
            services.AddSingleton<IReminderDispatcher, InlineReminderDispatcher>();
            return builder;
        }

        // Registered before AddHangfire so that its fallback (the process-wide JobStorage.Current) is never used:
        // each app, and each test app in one process, keeps its own storage.
        services.AddSingleton(_ => Storage(kasian.Database));
        services.AddHangfire(c => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        // Every instance runs a server; with shared storage (SQL Server, PostgreSQL) they share the queue and
        // the recurring sweep fires once per tick; with in-memory storage each sweeps alone and the ledger keeps them honest.
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = Math.Clamp(Environment.ProcessorCount * 2, 2, 10);
            // The recurring sweep fires within seconds of its minute rather than up to the default 15 s late.
            o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
        });
        services.AddScoped<ReminderJobs>();
        services.AddScoped<IReminderDispatcher, HangfireReminderDispatcher>();
        return builder;
    }

    public static WebApplication MapKasianReminders(this WebApplication app)
    {
        var api = app.MapApiGroup();
        NotificationEndpoints.Map(api);
        NotificationPreferencesEndpoints.Map(api);
        ListDeliveriesEndpoint.Map(api);
        StartLineLinkEndpoint.Map(api);
        LineWebhook.Map(api);
        Features.Admin.RunReminderSweepEndpoint.Map(api);

        var reminders = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ReminderOptions>>().Value;
        if (!reminders.Enabled) return app;
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<ReminderJobs>(
            ReminderJobs.SweepJobId, j => j.SweepAsync(CancellationToken.None), reminders.SweepCron, new RecurringJobOptions());
        // 08:30 in Bangkok, Monday to Friday; the runner skips an office's holidays (their digest goes the next working day).
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<ReminderJobs>(
            ReminderJobs.DigestJobId, j => j.DigestAsync(CancellationToken.None), reminders.DigestCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok") });
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            DashboardTitle = "Kasian — งานเบื้องหลัง",
            AppPath = "/",
            Authorization = [],
            AsyncAuthorization = [new DashboardAuthorization()],
        });
        return app;
    }

    private static JobStorage Storage(KasianOptions.DatabaseOptions db) => db.Provider switch
    {
        // The embedded default: nothing to set up; jobs die with the process, the ledger does not.
        DatabaseProvider.Sqlite => new InMemoryStorage(),
        DatabaseProvider.PostgreSql => PostgreSql(db.ConnectionString!),
        DatabaseProvider.SqlServer => new SqlServerStorage(() => new Microsoft.Data.SqlClient.SqlConnection(db.ConnectionString),
            new SqlServerStorageOptions { PrepareSchemaIfNecessary = true }),
        _ => throw new InvalidOperationException($"No Hangfire storage for {db.Provider}."),
    };

    private static PostgreSqlStorage PostgreSql(string connectionString)
    {
        var options = new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = true, SchemaName = "hangfire" };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
