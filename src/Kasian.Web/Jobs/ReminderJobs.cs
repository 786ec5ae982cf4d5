using Hangfire;
using Kasian.Web.Notifications;
using Kasian.Web.Reminders;

namespace Kasian.Web.Jobs;

/// <summary>
/// The Hangfire entry points. They take the time from the one clock when they run (not when queued)
/// and hold no state: everything they decide is re-read from the database, so a lost, repeated or
/// late job does no harm.
/// </summary>
public sealed class ReminderJobs(ReminderSweep sweep, ReminderHandler reminders, DeliveryRunner deliveries, DigestRunner digests, IBackgroundJobClient jobs, TimeProvider clock)
{
    public const string SweepJobId = "kasian-reminder-sweep";

    public const string DigestJobId = "kasian-daily-digest";

    // A missed digest needs no retry: what it held waits for the next one.
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task DigestAsync(CancellationToken ct) => digests.RunAsync(clock.GetUtcNow(), ct);

    // A missed sweep needs no retry: the next one, a minute later, finds the same work.
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public Task SweepAsync(CancellationToken ct) => sweep.RunAsync(clock.GetUtcNow(), ct);

    [AutomaticRetry(Attempts = 2)]
    public async Task RemindAsync(Guid memoId, int round, string stepId, int number, CancellationToken ct)
    {
        foreach (var id in await reminders.RemindAsync(new ReminderDue(memoId, round, stepId, number), clock.GetUtcNow(), ct))
            jobs.Enqueue<ReminderJobs>(j => j.DeliverAsync(id, CancellationToken.None));
    }

    // Deliveries keep their own back-off in the database; a Hangfire retry would bypass it.
    [AutomaticRetry(Attempts = 0)]
    public Task DeliverAsync(Guid deliveryId, CancellationToken ct) => deliveries.DeliverAsync(deliveryId, clock.GetUtcNow(), ct);
}

/// <summary>One Hangfire job per (step instance, reminder number) and one per delivery.</summary>
public sealed class HangfireReminderDispatcher(IBackgroundJobClient jobs) : IReminderDispatcher
{
    public Task RemindAsync(ReminderDue due, DateTimeOffset now, CancellationToken ct)
    {
        jobs.Enqueue<ReminderJobs>(j => j.RemindAsync(due.MemoId, due.Round, due.StepId, due.Number, CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task DeliverAsync(Guid deliveryId, DateTimeOffset now, CancellationToken ct)
    {
        jobs.Enqueue<ReminderJobs>(j => j.DeliverAsync(deliveryId, CancellationToken.None));
        return Task.CompletedTask;
    }
}
