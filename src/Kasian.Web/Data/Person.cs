using Kasian.Core.Memos;
using Kasian.Core.Organisation;

namespace Kasian.Web.Data;

public sealed class Person
{
    public PersonId Id { get; set; } = PersonId.New();

    public Guid OrganisationId { get; set; }

    public required string Username { get; set; }

    /// <summary>Full name with title as printed in brackets under a signature: "นางนภาพร ธาคำดี".</summary>
    public required string DisplayName { get; set; }

    /// <summary>ASP.NET Core Identity's PBKDF2 hash; never the password.</summary>
    public required string PasswordHash { get; set; }

    public string? Email { get; set; }

    public Roles Roles { get; set; }

    /// <summary>A person is never deleted (their name is on the record); a deactivated one cannot sign in or act.</summary>
    public bool Active { get; set; } = true;

    public bool IsAdministrator => Roles.HasFlag(Roles.Administrator);

    /// <summary>Reminders by e-mail to <see cref="Email"/>; in-app notifications are always on.</summary>
    public bool NotifyByEmail { get; set; }

    /// <summary>The LINE user id (from the office's LINE Official Account) that reminders are pushed to; null for none.</summary>
    public string? LineUserId { get; set; }

    /// <summary>An HTTPS endpoint that receives signed reminder calls (a chat bridge, say); null for none.</summary>
    public string? WebhookUrl { get; set; }

    public List<Appointment> Appointments { get; set; } = [];
}

/// <summary>A person's standing in a position over a period: holder, acting (รักษาราชการแทน) or delegated (ปฏิบัติราชการแทน).</summary>
public sealed class Appointment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; set; }

    public PersonId PersonId { get; set; }

    public Guid PositionId { get; set; }

    public Position? Position { get; set; }

    public CapacityKind Kind { get; set; }

    public DateOnly From { get; set; }

    /// <summary>Inclusive; null while in force.</summary>
    public DateOnly? To { get; set; }

    /// <summary>The order (คำสั่ง) that appointed or delegated, for the record.</summary>
    public string? OrderReference { get; set; }

    /// <summary>A delegation's limit (ขอบเขตการมอบอำนาจ): the largest amount, in baht, its delegate may decide; null for no limit.</summary>
    public decimal? ScopeMaxAmount { get; set; }

    /// <summary>A delegation's memo kinds, as codes separated by commas; null for every kind.</summary>
    public string? ScopeMemoTypes { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DelegationScope? Scope => ScopeMaxAmount is null && ScopeMemoTypes is null ? null
        : new DelegationScope(ScopeMaxAmount, ScopeMemoTypes?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? []);
}
