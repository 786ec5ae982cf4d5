using Kasian.Web.Data;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Kasian.Web.Tests;

/// <summary>An office that ran Kasian before roles existed keeps its administrators, its people active and its appointments in their office.</summary>
public abstract class AdministrationMigrationTests(TestDatabase database) : IAsyncLifetime
{
    private readonly TestDatabase _database = database;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Administrators_before_roles_become_administrators_of_office_and_installation()
    {
        var services = new ServiceCollection().AddKasianDatabase(new KasianOptions
        {
            Database = { Provider = Enum.Parse<DatabaseProvider>(_database.Provider), ConnectionString = _database.ConnectionString },
        }).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KasianDbContext>();
        var migrator = db.GetService<IMigrator>();
        var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_Administration", StringComparison.Ordinal)).Last();
        await migrator.MigrateAsync(before);

        var org = Guid.NewGuid();
        var (admin, officer, post) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "Organisations" ("Id", "Code", "Name", "RegisterCode", "NumberingYear") VALUES ({org}, 'old', 'อบต.เก่า', 'พย ๑', 'Calendar')""");
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "Positions" ("Id", "OrganisationId", "Code", "Title") VALUES ({post}, {org}, 'palad', 'ปลัด')""");
        foreach (var (id, name, isAdmin) in new[] { (admin, "old-admin", true), (officer, "old-officer", false) })
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "People" ("Id", "OrganisationId", "Username", "DisplayName", "PasswordHash", "IsAdministrator", "NotifyByEmail") VALUES ({id}, {org}, {name}, {name}, 'x', {isAdmin}, {false})""");
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "Appointments" ("Id", "PersonId", "PositionId", "Kind", "From") VALUES ({Guid.NewGuid()}, {officer}, {post}, 'Holder', {new DateOnly(2025, 1, 1)})""");

        await migrator.MigrateAsync();

        var people = await db.People.AsNoTracking().OrderBy(p => p.Username).ToListAsync();
        Assert.Equal([(Roles.Administrator | Roles.InstallationAdministrator, true), (Roles.None, true)], people.Select(p => (p.Roles, p.Active)));
        Assert.Equal(org, (await db.Appointments.AsNoTracking().SingleAsync()).OrganisationId);
        Assert.True((await db.Positions.AsNoTracking().SingleAsync()).Active);
    }
}

public sealed class SqliteAdministrationMigrationTests() : AdministrationMigrationTests(TestDatabase.Sqlite());

public sealed class PostgreSqlAdministrationMigrationTests() : AdministrationMigrationTests(TestDatabase.PostgreSql());
