namespace Kasian.Web;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>The <c>Kasian</c> configuration section (environment: <c>Kasian__Database__Provider</c> and so on).</summary>
public sealed class KasianOptions
{
    public const string Section = "Kasian";

    public DatabaseOptions Database { get; set; } = new();

    public RoutesOptions Routes { get; set; } = new();

    public AttachmentOptions Attachments { get; set; } = new();

    public AuthOptions Auth { get; set; } = new();

    public ProxyOptions Proxies { get; set; } = new();

    /// <summary>
    /// Seeds Phu Sang SAO, its demo accounts (password "demo") and the seed memo. Unset, it is on only in the
    /// Development environment (which <c>dotnet run</c>'s launch profile sets), so a production start never
    /// creates the <c>admin</c>/<c>demo</c> account unless asked in so many words.
    /// </summary>
    public bool? Demo { get; set; }

    public bool DemoEnabled => Demo == true;

    public SetupOptions Setup { get; set; } = new();

    public sealed class SetupOptions
    {
        /// <summary>The token POST /api/setup asks for; unset, a random one is written to the log at start while no administrator exists.</summary>
        public string? Token { get; set; }
    }

    public sealed class DatabaseOptions
    {
        public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

        public string? ConnectionString { get; set; }
    }

    public sealed class RoutesOptions
    {
        /// <summary>Where route files are read; empty means the repository's (or the build output's) <c>workflows/</c>.</summary>
        public string? Directory { get; set; }

        /// <summary>The route a memo takes when it names none.</summary>
        public string Default { get; set; } = "internal-memo";
    }

    public sealed class AttachmentOptions
    {
        public long MaxBytes { get; set; } = 10 * 1024 * 1024;
    }

    public sealed class AuthOptions
    {
        /// <summary>Base64 HMAC key for bearer tokens (at least 32 bytes). Empty: a random key per process (tokens die with it).</summary>
        public string? SigningKey { get; set; }

        public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

        /// <summary>How long a page sign-in lasts at most, however active (the cookie also slides out after 8 idle hours).</summary>
        public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

        public SignInLimitOptions SignInLimits { get; set; } = new();
    }

    /// <summary>Failed sign-ins allowed within <see cref="Window"/> before the next is answered 429.</summary>
    public sealed class SignInLimitOptions
    {
        public int PerAccount { get; set; } = 5;

        /// <summary>Across every username tried from one client address (an office behind one NAT shares it).</summary>
        public int PerAddress { get; set; } = 20;

        public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
    }

    /// <summary>
    /// Reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed. None configured: the headers are
    /// ignored, so a client cannot claim another address (and escape the sign-in limits) or HTTPS.
    /// </summary>
    public sealed class ProxyOptions
    {
        /// <summary>Addresses, e.g. <c>10.0.0.5</c>.</summary>
        public string[] KnownProxies { get; set; } = [];

        /// <summary>Networks in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
        public string[] KnownNetworks { get; set; } = [];
    }
}
