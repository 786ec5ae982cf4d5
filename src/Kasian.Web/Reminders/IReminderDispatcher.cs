using Kasian.Web.Notifications;

namespace Kasian.Web.Reminders;

/// <summary>How the sweep's findings get done: as Hangfire jobs (one per step instance and reminder number, one per delivery), or at once.</summary>
public interface IReminderDispatcher
{
    Task RemindAsync(ReminderDue due, DateTimeOffset now, CancellationToken ct);

    Task DeliverAsync(Guid deliveryId, DateTimeOffset now, CancellationToken ct);
}

/// <summary>
/// Runs each reminder and delivery at once, each in its own scope as a job would, so a failure in one
/// is logged and the rest go on. Used when Hangfire is off (tests call the sweep directly with their clock).
/// </summary>
public sealed class InlineReminderDispatcher(IServiceScopeFactory scopes, ILogger<InlineReminderDispatcher> log) : IReminderDispatcher
{
    public async Task RemindAsync(ReminderDue due, DateTimeOffset now, CancellationToken ct)
    {
        IReadOnlyList<Guid> deliveries;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            deliveries = await scope.ServiceProvider.GetRequiredService<ReminderHandler>().RemindAsync(due, now, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogError(e, "Reminder {Due} failed; the next sweep tries again", due);
            return;
        }
        foreach (var id in deliveries) await DeliverAsync(id, now, ct);
    }

    public async Task DeliverAsync(Guid deliveryId, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DeliveryRunner>().DeliverAsync(deliveryId, now, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogError(e, "Delivery {Delivery} failed outside its channel; the next sweep tries again", deliveryId);
        }
    }
}
