using System.Diagnostics;
using Kasian.Web.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace Kasian.Bench;

/// <summary>Counts what the sweep hands over instead of enqueueing Hangfire jobs: the sweep's own cost is what (5) measures.</summary>
public sealed class CountingDispatcher : IReminderDispatcher
{
    private int _reminders;

    public int Reminders => _reminders;

    public Task RemindAsync(ReminderDue due, DateTimeOffset now, CancellationToken ct)
    {
        Interlocked.Increment(ref _reminders);
        return Task.CompletedTask;
    }

    public Task DeliverAsync(Guid deliveryId, DateTimeOffset now, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>(5) The reminder sweep over many waiting memos of which a few are due: time, allocation and resident memory.</summary>
public static class ReminderSweepCost
{
    public sealed record Outcome(int Found, Latencies Latency, double AllocatedMegabytes, double ResidentMegabytes);

    public static async Task<Outcome> RunAsync(BenchHost host, DateTimeOffset now, int sweeps)
    {
        var counter = host.Services.GetRequiredService<CountingDispatcher>();
        await SweepAsync(host, now);
        var before = counter.Reminders;
        var latency = new Latencies();
        long allocated = 0;
        for (var i = 0; i < sweeps; i++)
        {
            var bytes = GC.GetTotalAllocatedBytes(precise: true);
            var t = Stopwatch.GetTimestamp();
            await SweepAsync(host, now);
            latency.Add(Stopwatch.GetElapsedTime(t));
            allocated += GC.GetTotalAllocatedBytes(precise: true) - bytes;
        }
        var found = (counter.Reminders - before) / Math.Max(1, sweeps);
        using var self = Process.GetCurrentProcess();
        return new Outcome(found, latency, allocated / (double)sweeps / 1_048_576, self.WorkingSet64 / 1_048_576.0);
    }

    private static async Task SweepAsync(BenchHost host, DateTimeOffset now)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReminderSweep>().RunAsync(now);
    }
}
