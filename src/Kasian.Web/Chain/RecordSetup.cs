using Hangfire;
using Kasian.Web.Features;

namespace Kasian.Web.Chain;

/// <summary>The record's services (the sealer, verification, digests), its endpoints and its daily job, wired in two calls from Program.cs.</summary>
public static class RecordSetup
{
    public const string DigestJobId = "kasian-record-digest";

    public static IServiceCollection AddKasianRecord(this IServiceCollection services)
    {
        services.AddSingleton<RecordSealer>();
        services.AddHostedService(s => s.GetRequiredService<RecordSealer>());
        services.AddScoped<ChainVerifier>();
        services.AddScoped<RecordDigests>();
        return services;
    }

    public static WebApplication MapKasianRecord(this WebApplication app)
    {
        var record = app.MapApiGroup().MapGroup("/admin/record").WithTags("Administration");
        Features.Chain.VerifyRecordEndpoint.Map(record);
        Features.Chain.ListDigestsEndpoint.Map(record);
        Features.Chain.MakeDigestEndpoint.Map(record);

        // Without Hangfire (reminders off) nobody makes the daily digest on a timer; an administrator can still make it.
        if (app.Services.GetService<IRecurringJobManager>() is { } jobs)
            // 16:50 UTC is 23:50 in Bangkok (no daylight saving): the day's digest, dated by its Bangkok day.
            jobs.AddOrUpdate<RecordDigests>(DigestJobId, d => d.MakeAllAsync(CancellationToken.None), "50 16 * * *", new RecurringJobOptions());
        return app;
    }
}
