using Kasian.Web.Reminders;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Notifications;

/// <summary>
/// Wakes this node's notifier right after a memo action commits: one cheap, non-blocking signal on the action path.
/// Many wake-ups while a pass runs make one more pass, not many.
/// </summary>
public sealed class TurnSignal : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try { _wake.Release(); }
            catch (SemaphoreFullException) { }
        }
    }

    public void Dispose() => _wake.Dispose();

    internal Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _wake.WaitAsync(timeout, ct);
}

/// <summary>
/// Runs <see cref="MemoNotifier"/> on every node: at once when woken by a commit here, and every few seconds for the
/// turns of other nodes and any left over from before a restart. Deliveries go as the reminders' do (Hangfire jobs, or
/// at once when Hangfire is off), so the sweep retries whatever fails.
/// </summary>
public sealed class TurnNotifications(TurnSignal signal, IServiceScopeFactory scopes, TimeProvider clock, IOptions<NotificationOptions> options, ILogger<TurnNotifications> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        var turns = options.Value.Turns;
        if (!turns.Enabled) return;
        while (!stop.IsCancellationRequested)
        {
            bool more;
            try
            {
                more = await PassAsync(stop);
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                log.LogError(e, "Notifying memo turns failed; trying again at the next poll");
                more = false;
            }
            if (more) continue;
            // Polling is the fallback for other nodes' commits, not a deadline of the domain: real time, not the clock.
            try { await signal.WaitAsync(turns.PollInterval, stop); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>One pass and its deliveries; tests call it to drive a node without waiting.</summary>
    public async Task<bool> PassAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        IReadOnlyList<Guid> deliveries;
        bool more;
        await using (var scope = scopes.CreateAsyncScope())
            (deliveries, more) = await scope.ServiceProvider.GetRequiredService<MemoNotifier>().RunAsync(now, ct);
        if (deliveries.Count > 0)
        {
            await using var scope = scopes.CreateAsyncScope();
            var dispatcher = scope.ServiceProvider.GetRequiredService<IReminderDispatcher>();
            foreach (var id in deliveries) await dispatcher.DeliverAsync(id, now, ct);
        }
        return more;
    }
}
