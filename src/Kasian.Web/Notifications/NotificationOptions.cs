using MailKit.Security;

namespace Kasian.Web.Notifications;

/// <summary>The <c>Kasian:Notifications</c> section: how reminders leave Kasian.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Kasian:Notifications";

    /// <summary>Kasian's address as users reach it (<c>Kasian:PublicBaseUrl</c>): links in messages point here.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>
    /// Lets webhooks and the LINE base URL point at loopback and private addresses (<see cref="OutboundTargets"/>).
    /// Off: for tests, and for an office whose receiver is on its own network; never where a person's webhook
    /// could reach something only the server should.
    /// </summary>
    public bool AllowPrivateTargets { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    public LineOptions Line { get; set; } = new();

    public WebhookOptions Webhook { get; set; } = new();

    public RetryOptions Retry { get; set; } = new();

    public TurnOptions Turns { get; set; } = new();

    public sealed class SmtpOptions
    {
        /// <summary>Empty: no e-mail is sent (the channel is off).</summary>
        public string? Host { get; set; }

        public int Port { get; set; } = 25;

        /// <summary>MailKit's choice: Auto (STARTTLS when offered; implicit TLS on 465), None, SslOnConnect, StartTls, StartTlsWhenAvailable.</summary>
        public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

        public string? Username { get; set; }

        public string? Password { get; set; }

        public string From { get; set; } = "Kasian <saraban@localhost>";

        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
    }

    public sealed class LineOptions
    {
        /// <summary>Checked at start like a webhook URL: a loopback or private address only with <see cref="AllowPrivateTargets"/>.</summary>
        public string BaseUrl { get; set; } = "https://api.line.me";

        /// <summary>The Messaging API channel access token. Empty: the LINE channel is off.</summary>
        public string? ChannelToken { get; set; }

        /// <summary>The channel secret: the key of X-Line-Signature on the webhook (<see cref="LineWebhook"/>). Empty: no linking by code.</summary>
        public string? ChannelSecret { get; set; }

        /// <summary>The Official Account's add-friend link (https://line.me/R/ti/p/@…); the notifications page shows it as a QR code.</summary>
        public string? AddFriendUrl { get; set; }

        /// <summary>How long a linking code may be sent before it expires.</summary>
        public TimeSpan LinkCodeLifetime { get; set; } = TimeSpan.FromMinutes(30);
    }

    /// <summary>Notifications of a memo's turns (<see cref="MemoNotifier"/>).</summary>
    public sealed class TurnOptions
    {
        /// <summary>Off: no node tells anyone of a memo's turns (reminders still go).</summary>
        public bool Enabled { get; set; } = true;

        /// <summary>How often a node looks for turns it was not woken for (another node's, or any left over from before a restart).</summary>
        public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>How many event ids behind the shared cursor each pass re-reads, for ids that committed after later ones.</summary>
        public int LookBack { get; set; } = 1000;

        /// <summary>Turns older than this are not told (after a long outage, or the old history of an upgraded installation): news that old is no news.</summary>
        public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(1);

        /// <summary>At most this many events per pass; a full batch is followed at once by the next.</summary>
        public int BatchSize { get; set; } = 200;
    }

    public sealed class WebhookOptions
    {
        /// <summary>The HMAC-SHA256 key for X-Kasian-Signature. Empty: the webhook channel is off.</summary>
        public string? Secret { get; set; }
    }

    public sealed class RetryOptions
    {
        /// <summary>The first retry waits this long; each next one twice as long, up to <see cref="MaxDelay"/>.</summary>
        public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMinutes(1);

        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

        /// <summary>After this many failed attempts a delivery is marked failed and left for an administrator.</summary>
        public int MaxAttempts { get; set; } = 10;

        /// <summary>How long an attempt holds a delivery before another worker may try it (a crashed sender's lease).</summary>
        public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

        public TimeSpan DelayAfter(int attempts)
        {
            var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
            var delay = TimeSpan.FromTicks((long)Math.Min(BaseDelay.Ticks * factor, MaxDelay.Ticks));
            return delay;
        }
    }
}
