using System.Net;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Admin;

public abstract class UnitTests(TestDatabase database) : AdminTestBase(database)
{
    [Fact]
    public async Task Administrator_adds_renames_and_closes_a_unit()
    {
        var created = await Admin.CreatedAsync("/api/admin/units", new { name = "กองคลัง", phone = "0 5449 7123" });
        var id = created["id"]!.GetValue<Guid>();
        Assert.Equal("กองคลัง", created["name"]!.GetValue<string>());
        Assert.True(created["active"]!.GetValue<bool>());

        var units = await Admin.ItemsAsync("/api/admin/units");
        Assert.Equal(["กองคลัง", "สำนักปลัด"], units.Select(u => u["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));

        var edited = await Admin.OkAsync(await Admin.PutAsync($"/api/admin/units/{id}", new { name = "กองคลัง อบต.ภูซาง", active = false }));
        Assert.Equal("กองคลัง อบต.ภูซาง", edited["name"]!.GetValue<string>());
        Assert.Null(edited["phone"]);
        Assert.False(edited["active"]!.GetValue<bool>());
        Assert.Equal(edited.ToJsonString(), (await Admin.GetJsonAsync($"/api/admin/units/{id}")).ToJsonString());
    }

    [Fact]
    public async Task A_unit_without_a_visible_name_or_with_overlong_fields_is_refused_and_nothing_is_written()
    {
        await RefusedAsync(() => Admin.PostAsync("/api/admin/units", new { phone = "054" }), HttpStatusCode.BadRequest, "validation-failed", "name");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/units", new { name = "\u200B\u200B " }), HttpStatusCode.BadRequest, "validation-failed", "name");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/units", new { name = new string('ก', 301) }), HttpStatusCode.BadRequest, "validation-failed", "name");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/units", new { name = "กองช่าง", phone = new string('1', 65) }), HttpStatusCode.BadRequest, "validation-failed", "phone");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/units", new { name = "กอง\u202Eช่าง" }), HttpStatusCode.BadRequest, "validation-failed", "name");

        var office = await App.UnitIdAsync();
        await RefusedAsync(() => Admin.PutAsync($"/api/admin/units/{office}", new { name = "สำนักปลัด" }), HttpStatusCode.BadRequest, "validation-failed", "active");
        await RefusedAsync(() => Admin.PutAsync($"/api/admin/units/{office}", new { name = "", active = true }), HttpStatusCode.BadRequest, "validation-failed", "name");
        await RefusedAsync(() => Admin.PutAsync($"/api/admin/units/{Guid.NewGuid()}", new { name = "กองช่าง", active = true }), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task A_second_unit_of_the_same_name_in_one_office_is_a_duplicate()
    {
        var problem = await RefusedAsync(() => Admin.PostAsync("/api/admin/units", new { name = " สำนักปลัด " }), HttpStatusCode.Conflict, "duplicate");
        Assert.Contains("สำนักปลัด", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var finance = await Admin.CreatedAsync("/api/admin/units", new { name = "กองคลัง" });
        await RefusedAsync(() => Admin.PutAsync($"/api/admin/units/{finance["id"]}", new { name = "สำนักปลัด", active = true }), HttpStatusCode.Conflict, "duplicate");

        // Names are unique per office: another office has its own สำนักปลัด.
        var other = await SignInAsync(Offices.OtherAdmin);
        await other.CreatedAsync("/api/admin/units", new { name = "สำนักปลัด" });
    }
}

public sealed class SqliteUnitTests() : UnitTests(TestDatabase.Sqlite());

public sealed class PostgreSqlUnitTests() : UnitTests(TestDatabase.PostgreSql());
