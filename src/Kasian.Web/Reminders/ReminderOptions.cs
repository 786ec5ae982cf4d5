namespace Kasian.Web.Reminders;

/// <summary>The <c>Kasian:Reminders</c> section.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Kasian:Reminders";

    /// <summary>Runs a Hangfire server and the recurring sweep in this instance. Off: the sweep runs only when called (tests).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>When the sweep runs (Hangfire cron, UTC); every minute by default.</summary>
    public string SweepCron { get; set; } = "* * * * *";

    /// <summary>When the daily digest goes (Hangfire cron in Bangkok time); 08:30 Monday to Friday by default.</summary>
    public string DigestCron { get; set; } = "30 8 * * 1-5";

    /// <summary>At most this many due steps and this many due deliveries per sweep; the rest wait for the next.</summary>
    public int BatchSize { get; set; } = 2_000;
}
