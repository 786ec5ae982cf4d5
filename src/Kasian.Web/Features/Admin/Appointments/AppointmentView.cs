using Kasian.Core.Organisation;
using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin.Appointments;

/// <summary>An appointment as the administration API and pages show it; <see cref="InForce"/> is as of today in Bangkok.</summary>
public sealed record AppointmentView(
    Guid Id,
    Guid PersonId,
    string Username,
    string DisplayName,
    Guid PositionId,
    string PositionCode,
    string PositionTitle,
    string Kind,
    DateOnly From,
    DateOnly? To,
    string? OrderReference,
    AppointmentScope? Scope,
    bool InForce,
    DateTimeOffset CreatedAt);

/// <summary>Capacity kinds on the wire: <c>holder</c>, <c>acting</c> (รักษาราชการแทน), <c>delegated</c> (ปฏิบัติราชการแทน).</summary>
public static class AppointmentKinds
{
    public static string Code(CapacityKind kind) => kind.ToString().ToLowerInvariant();

    public static CapacityKind? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "holder" => CapacityKind.Holder,
        "acting" => CapacityKind.Acting,
        "delegated" => CapacityKind.Delegated,
        _ => null,
    };

    public const string Allowed = "holder, acting (รักษาราชการแทน) or delegated (ปฏิบัติราชการแทน)";
}

public static class AppointmentViews
{
    /// <summary>The office's appointments, newest start first, filtered as asked; one query.</summary>
    public static async Task<List<AppointmentView>> LoadAsync(KasianDbContext db, Guid organisation, DateOnly today, CancellationToken ct,
        Guid? id = null, Guid? personId = null, Guid? positionId = null, bool? inForce = null)
    {
        var appointments = db.Appointments.AsNoTracking().Where(a => a.OrganisationId == organisation);
        if (id is { } one) appointments = appointments.Where(a => a.Id == one);
        if (personId is { } p)
        {
            var person = new Kasian.Core.Memos.PersonId(p);
            appointments = appointments.Where(a => a.PersonId == person);
        }
        if (positionId is { } position) appointments = appointments.Where(a => a.PositionId == position);
        if (inForce == true) appointments = appointments.Where(a => a.From <= today && (a.To == null || a.To >= today));
        if (inForce == false) appointments = appointments.Where(a => a.From > today || a.To < today);
        var rows = await (
                from a in appointments
                join who in db.People on a.PersonId equals who.Id
                join post in db.Positions on a.PositionId equals post.Id
                orderby a.From descending, a.CreatedAt descending
                select new { a, who.Username, who.DisplayName, post.Code, post.Title })
            .ToListAsync(ct);
        return rows.Select(r => new AppointmentView(r.a.Id, r.a.PersonId.Value, r.Username, r.DisplayName, r.a.PositionId, r.Code, r.Title,
            AppointmentKinds.Code(r.a.Kind), r.a.From, r.a.To, r.a.OrderReference, AppointmentScope.Of(r.a.Scope),
            new Core.Organisation.Appointment(r.Code, r.Title, r.a.Kind, r.a.From, r.a.To).IsInForceOn(today), r.a.CreatedAt)).ToList();
    }
}
