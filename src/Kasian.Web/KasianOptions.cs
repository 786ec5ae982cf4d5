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

    /// <summary>Seeds Phu Sang SAO and the seed memo. Defaults to on with SQLite and off with a production provider.</summary>
    public bool? Demo { get; set; }

    public bool DemoEnabled => Demo ?? Database.Provider == DatabaseProvider.Sqlite;

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
    }
}
