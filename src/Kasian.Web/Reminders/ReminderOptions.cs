namespace Kasian.Web.Reminders;

/// <summary>The <c>Kasian:Reminders</c> section.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Kasian:Reminders";

    /// <summary>Runs a Hangfire server and the recurring sweep in this instance. Off: the sweep runs only when called (tests).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>When the sweep runs (Hangfire cron, UTC); every minute by default.</summary>
    public string SweepCron { get; set; } = "* * * * *";

    /// <summary>At most this many due steps and this many due deliveries per sweep; the rest wait for the next.</summary>
    public int BatchSize { get; set; } = 2_000;
}
