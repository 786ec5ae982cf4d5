using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kasian.Core.Organisation;
using Kasian.Web.Data;
using Data = Kasian.Web.Data;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kasian.Web.Tests.Admin;

/// <summary>The calls and checks the holiday-calendar tests share.</summary>
internal static class CalendarsTestKit
{
    public const string MaeChaiOfficer = "maechai-officer";
    public const string MaeChaiHead = "maechai-head";

    public static Task<HttpResponseMessage> PutAsync(ApiClient client, int year, object body) =>
        client.Http.PutAsJsonAsync($"/api/admin/calendars/{year}", body);

    public static object[] Holidays(params (string Date, string Name)[] holidays) =>
        [.. holidays.Select(h => new { date = h.Date, name = h.Name })];

    /// <summary>Everything a calendar request could write: the lists and the audit record.</summary>
    public static Task<string> WrittenAsync(KasianApp app) => app.WithDbAsync(async db =>
    {
        var lists = await db.HolidayYears.AsNoTracking().OrderBy(h => h.OrganisationId).ThenBy(h => h.Year)
            .Select(h => h.OrganisationId + "/" + h.Year + "/" + h.Holidays + "/" + h.UpdatedBy).ToListAsync();
        return $"{string.Join("|", lists)} audit={await db.AuditRecords.CountAsync()}";
    });

    public static DateTimeOffset DueAt(JsonObject memo) => memo["currentStep"]!["dueAt"]!.GetValue<DateTimeOffset>();

    public static DateTimeOffset Bangkok(int month, int day, int hour, int minute = 0, int second = 0) =>
        new(2026, month, day, hour, minute, second, TimeSpan.FromHours(7));

    /// <summary>
    /// Gives the second office (<see cref="Offices.OtherOfficeCode"/>) an originator and a head of its Palad office,
    /// written to the database directly, so that it has memos of its own on the same route.
    /// </summary>
    public static async Task StaffMaeChaiAsync(KasianApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KasianDbContext>();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<Person>>();
        var org = await db.Organisations.SingleAsync(o => o.Code == Offices.OtherOfficeCode);
        var now = app.Clock.GetUtcNow();
        var unit = new Unit { OrganisationId = org.Id, Name = "สำนักปลัด" };
        var hr = new Position { OrganisationId = org.Id, UnitId = unit.Id, Code = "hr-officer", Title = "นักทรัพยากรบุคคล" };
        var head = new Position { OrganisationId = org.Id, UnitId = unit.Id, Code = "head-of-palad-office", Title = "หัวหน้าสำนักปลัด" };
        Person Someone(string username, string name)
        {
            var p = new Person { OrganisationId = org.Id, Username = username, DisplayName = name, PasswordHash = "" };
            p.PasswordHash = hasher.HashPassword(p, Offices.Password);
            return p;
        }
        var officer = Someone(MaeChaiOfficer, "นางสาวเจ้าหน้าที่ แม่ใจ");
        var chief = Someone(MaeChaiHead, "นายหัวหน้า แม่ใจ");
        db.AddRange(unit, hr, head, officer, chief);
        db.AddRange(
            new Data.Appointment { OrganisationId = org.Id, PersonId = officer.Id, PositionId = hr.Id, Kind = CapacityKind.Holder, From = new DateOnly(2024, 10, 1), CreatedAt = now },
            new Data.Appointment { OrganisationId = org.Id, PersonId = chief.Id, PositionId = head.Id, Kind = CapacityKind.Holder, From = new DateOnly(2024, 10, 1), CreatedAt = now });
        await db.SaveChangesAsync();
    }
}
