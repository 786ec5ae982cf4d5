using Kasian.Core.Memos;
using Kasian.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Kasian.Web.Tests.Infrastructure;

/// <summary>
/// People beyond the demo's four, written straight to the database so that authorisation tests do not depend on
/// the administration endpoints they test: a clerk and an auditor of Phu Sang, and a second office (Mae Chai)
/// with its own administrator. Every account's password is <see cref="Password"/>.
/// </summary>
public static class Offices
{
    public const string Password = "office-password-1";
    public const string OtherOfficeCode = "maechai";
    public const string OtherAdmin = "maechai-admin";
    public const string Clerk = "phusang-clerk";
    public const string Auditor = "phusang-auditor";

    public static async Task AddAsync(KasianApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KasianDbContext>();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<Person>>();
        var phusang = db.Organisations.Single(o => o.Code == "phusang");
        var other = new Organisation { Code = OtherOfficeCode, Name = "องค์การบริหารส่วนตำบลแม่ใจ", RegisterCode = "พย ๗๒๐๑๑", CreatedAt = app.Clock.GetUtcNow() };
        db.Organisations.Add(other);
        db.People.AddRange(
            Someone(hasher, other.Id, OtherAdmin, "ผู้ดูแลระบบ อบต.แม่ใจ", Roles.Administrator),
            Someone(hasher, phusang.Id, Clerk, "นางสาวสารบรรณ ภูซาง", Roles.Clerk),
            Someone(hasher, phusang.Id, Auditor, "นายตรวจสอบ ภูซาง", Roles.Auditor));
        await db.SaveChangesAsync();
    }

    private static Person Someone(IPasswordHasher<Person> hasher, Guid organisation, string username, string name, Roles roles)
    {
        var person = new Person { OrganisationId = organisation, Username = username, DisplayName = name, PasswordHash = "", Roles = roles };
        person.PasswordHash = hasher.HashPassword(person, Password);
        return person;
    }
}
