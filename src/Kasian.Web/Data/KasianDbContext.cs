using Kasian.Core.Memos;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kasian.Web.Data;

/// <summary>
/// The one model. Each provider has a subclass (<see cref="SqliteKasianDbContext"/>, ...) only so that
/// each keeps its own migrations set; handlers depend on this base type.
/// </summary>
public abstract class KasianDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>Data-protection keys live in the shared database, so a cookie issued by one node is read by every other.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<Position> Positions => Set<Position>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<Memo> Memos => Set<Memo>();

    public DbSet<MemoEventRecord> MemoEvents => Set<MemoEventRecord>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<RegisterCounter> RegisterCounters => Set<RegisterCounter>();

    public DbSet<RouteVersionRecord> RouteVersions => Set<RouteVersionRecord>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<HolidayYear> HolidayYears => Set<HolidayYear>();

    public DbSet<StandInRequest> StandInRequests => Set<StandInRequest>();

    public DbSet<Installation> Installations => Set<Installation>();

    public DbSet<IdempotentRequest> IdempotentRequests => Set<IdempotentRequest>();

    public DbSet<Kasian.Web.Reminders.ReminderRecord> Reminders => Set<Kasian.Web.Reminders.ReminderRecord>();

    public DbSet<Kasian.Web.Notifications.NotificationDelivery> NotificationDeliveries => Set<Kasian.Web.Notifications.NotificationDelivery>();

    public DbSet<Kasian.Web.Notifications.Notification> Notifications => Set<Kasian.Web.Notifications.Notification>();

    public DbSet<Kasian.Web.Auth.SignInSession> SignInSessions => Set<Kasian.Web.Auth.SignInSession>();

    public DbSet<Kasian.Web.Auth.SignInAttempt> SignInAttempts => Set<Kasian.Web.Auth.SignInAttempt>();

    public DbSet<Kasian.Web.Printing.PrintImage> PrintImages => Set<Kasian.Web.Printing.PrintImage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<MemoId>().HaveConversion<MemoIdConverter>();
        configurationBuilder.Properties<PersonId>().HaveConversion<PersonIdConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<Organisation>(e =>
        {
            e.HasIndex(o => o.Code).IsUnique();
            e.Property(o => o.Code).HasMaxLength(64);
            e.Property(o => o.Name).HasMaxLength(300);
            e.Property(o => o.RegisterCode).HasMaxLength(64);
            e.Property(o => o.ShortName).HasMaxLength(100);
            e.Property(o => o.Province).HasMaxLength(100);
            e.Property(o => o.District).HasMaxLength(100);
        });
        b.Entity<Unit>(e =>
        {
            e.Property(u => u.Name).HasMaxLength(300);
            e.Property(u => u.Phone).HasMaxLength(64);
            e.HasIndex(u => new { u.OrganisationId, u.Name }).IsUnique();
        });
        b.Entity<Position>(e =>
        {
            e.HasIndex(p => new { p.OrganisationId, p.Code }).IsUnique();
            e.Property(p => p.Code).HasMaxLength(64);
            e.Property(p => p.Title).HasMaxLength(300);
        });
        b.Entity<Person>(e =>
        {
            e.HasIndex(p => p.Username).IsUnique();
            e.HasIndex(p => p.OrganisationId);
            e.Property(p => p.Username).HasMaxLength(64);
            // A number, so that "who are the administrators" is a bit test in SQL.
            e.Property(p => p.Roles).HasConversion<int>();
            e.Property(p => p.DisplayName).HasMaxLength(200);
            e.Property(p => p.Email).HasMaxLength(320);
            e.HasMany(p => p.Appointments).WithOne().HasForeignKey(a => a.PersonId);
        });
        b.Entity<Appointment>(e =>
        {
            e.HasIndex(a => a.PositionId);
            e.HasIndex(a => a.OrganisationId);
            e.Property(a => a.OrderReference).HasMaxLength(300);
            e.Property(a => a.ScopeMaxAmount).HasPrecision(18, 2);
            e.Property(a => a.ScopeMemoTypes).HasMaxLength(500);
            e.Ignore(a => a.Scope);
        });
        b.Entity<AuditRecord>(e =>
        {
            e.HasIndex(a => new { a.OrganisationId, a.At });
            e.Property(a => a.ActorUsername).HasMaxLength(64);
            e.Property(a => a.Action).HasMaxLength(64);
            e.Property(a => a.EntityType).HasMaxLength(64);
            e.Property(a => a.Address).HasMaxLength(64);
        });
        b.Entity<HolidayYear>(e => e.HasKey(h => new { h.OrganisationId, h.Year }));
        b.Entity<HolidayYear>().Property(h => h.UpdatedBy).HasMaxLength(64);
        b.Entity<StandInRequest>(e =>
        {
            e.HasIndex(r => new { r.OrganisationId, r.Status });
            e.Property(r => r.Reason).HasMaxLength(1000);
        });
        b.Entity<Installation>(e => e.Property(i => i.Id).ValueGeneratedNever());
        b.Entity<IdempotentRequest>(e =>
        {
            // Two requests with one key race to insert this row: the index lets exactly one in.
            e.HasIndex(r => new { r.PersonId, r.Key }).IsUnique();
            e.Property(r => r.Key).HasMaxLength(Common.IdempotencyKeys.MaxKeyLength);
            e.Property(r => r.RequestHash).HasMaxLength(64);
        });
        b.Entity<Memo>(e =>
        {
            e.Property(m => m.LastSequence).IsConcurrencyToken();
            // Stored as its number so that "most urgent first" is an ORDER BY.
            e.Property(m => m.Urgency).HasConversion<int>();
            e.Property(m => m.Subject).HasMaxLength(500);
            e.Property(m => m.To).HasMaxLength(300);
            e.Property(m => m.Unit).HasMaxLength(300);
            e.Property(m => m.UnitPhone).HasMaxLength(64);
            e.Property(m => m.OriginatorPositionTitle).HasMaxLength(300);
            e.Property(m => m.RouteId).HasMaxLength(64);
            e.Property(m => m.CurrentStepId).HasMaxLength(64);
            e.Property(m => m.CurrentPosition).HasMaxLength(64);
            e.Property(m => m.Number).HasMaxLength(100);
            // The inbox: what waits at my positions in my organisation.
            e.HasIndex(m => new { m.OrganisationId, m.CurrentPosition, m.Status });
            e.HasIndex(m => new { m.OriginatorId, m.UpdatedAt });
            e.HasIndex(m => new { m.OrganisationId, m.RegisterYear, m.Sequence }).IsUnique();
        });
        b.Entity<MemoEventRecord>(e =>
        {
            // Order per memo, and a second guard against two writers appending the same position.
            e.HasIndex(x => new { x.MemoId, x.Sequence }).IsUnique();
            e.Property(x => x.Type).HasMaxLength(64);
            e.Property(x => x.ActorUsername).HasMaxLength(64);
            e.Property(x => x.ActorName).HasMaxLength(200);
            e.Property(x => x.Address).HasMaxLength(64);
        });
        b.Entity<Attachment>(e =>
        {
            e.HasIndex(a => a.MemoId);
            e.Property(a => a.FileName).HasMaxLength(255);
            e.Property(a => a.ContentType).HasMaxLength(127);
            e.Property(a => a.Sha256).HasMaxLength(64);
        });
        b.Entity<RegisterCounter>(e => e.HasKey(r => new { r.OrganisationId, r.Year }));
        b.Entity<RouteVersionRecord>(e =>
        {
            e.HasKey(r => new { r.RouteId, r.Version });
            e.Property(r => r.RouteId).HasMaxLength(64);
            e.Property(r => r.Hash).HasMaxLength(64);
        });
        Kasian.Web.Reminders.ReminderModel.Configure(b);
        Kasian.Web.Auth.AuthModel.Configure(b);
        Kasian.Web.Printing.PrintImageModel.Configure(b);
    }

    private sealed class MemoIdConverter() : ValueConverter<MemoId, Guid>(v => v.Value, v => new MemoId(v));

    private sealed class PersonIdConverter() : ValueConverter<PersonId, Guid>(v => v.Value, v => new PersonId(v));
}

public sealed class SqliteKasianDbContext(DbContextOptions<SqliteKasianDbContext> options) : KasianDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no date-time type; as ticks (UTC) they sort and compare in SQL, which the inbox and sweep need.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgreSqlKasianDbContext(DbContextOptions<PostgreSqlKasianDbContext> options) : KasianDbContext(options);

public sealed class SqlServerKasianDbContext(DbContextOptions<SqlServerKasianDbContext> options) : KasianDbContext(options);
