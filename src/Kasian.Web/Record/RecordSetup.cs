namespace Kasian.Web.Record;

/// <summary>The record's services (the sealer), wired in one call from Program.cs.</summary>
public static class RecordSetup
{
    public static IServiceCollection AddKasianRecord(this IServiceCollection services)
    {
        services.AddSingleton<RecordSealer>();
        services.AddHostedService(s => s.GetRequiredService<RecordSealer>());
        return services;
    }
}
