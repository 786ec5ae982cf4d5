using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Tests.Admin;

/// <summary>
/// Everything an administration request could change, row by row, to prove a refused request changed nothing:
/// counts alone would miss an edit that went through before the refusal.
/// </summary>
public sealed record AdminState(string Units, string Positions, string People, string Appointments, int AuditRecords)
{
    public static Task<AdminState> ReadAsync(KasianApp app) => app.WithDbAsync(async db => new AdminState(
        Rows(await db.Units.AsNoTracking().ToListAsync(), u => $"{u.Id} {u.Name} {u.Phone} {u.Active}"),
        Rows(await db.Positions.AsNoTracking().ToListAsync(), p => $"{p.Id} {p.Code} {p.Title} {p.UnitId} {p.SuperiorPositionId} {p.Active}"),
        Rows(await db.People.AsNoTracking().ToListAsync(), p => $"{p.Id} {p.Username} {p.DisplayName} {p.Email} {p.Roles} {p.Active} {p.PasswordHash}"),
        Rows(await db.Appointments.AsNoTracking().ToListAsync(), a => $"{a.Id} {a.PersonId} {a.PositionId} {a.Kind} {a.From} {a.To} {a.OrderReference}"),
        await db.AuditRecords.CountAsync()));

    private static string Rows<T>(IEnumerable<T> rows, Func<T, string> line) => string.Join("\n", rows.Select(line).Order(StringComparer.Ordinal));
}
