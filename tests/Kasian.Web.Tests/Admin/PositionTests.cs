using System.Net;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Admin;

public abstract class PositionTests(TestDatabase database) : AdminTestBase(database)
{
    [Fact]
    public async Task Positions_show_their_unit_superior_and_who_holds_or_acts_in_them_today()
    {
        var nayok = await App.PositionIdAsync("nayok");
        var deputy = await Admin.CreatedAsync("/api/admin/positions",
            new { code = "deputy-nayok", title = "รองนายกองค์การบริหารส่วนตำบลภูซาง", superiorPositionId = nayok });
        Assert.Equal("nayok", deputy["superiorPositionCode"]!.GetValue<string>());
        Assert.Null(deputy["unitName"]);
        Assert.Empty(deputy["inForceToday"]!.AsArray());

        var positions = await Admin.ItemsAsync("/api/admin/positions");
        Assert.Equal(["deputy-nayok", "head-of-palad-office", "hr-officer", "nayok", "palad"], positions.Select(p => p["code"]!.GetValue<string>()));
        var palad = positions.Single(p => p["code"]!.GetValue<string>() == "palad");
        Assert.Equal("สำนักปลัด", palad["unitName"]!.GetValue<string>());
        var acting = Assert.Single(palad["inForceToday"]!.AsArray())!;
        Assert.Equal("naphaporn", acting["username"]!.GetValue<string>());
        Assert.Equal("acting", acting["kind"]!.GetValue<string>());
        Assert.Equal("2024-10-01", acting["from"]!.GetValue<string>());

        // Ended yesterday: no longer in force today.
        await Admin.OkAsync(await Admin.PutAsync($"/api/admin/appointments/{await App.AppointmentIdAsync("naphaporn", "palad")}", new { to = "2026-11-23" }));
        Assert.Empty((await Admin.GetJsonAsync($"/api/admin/positions/{palad["id"]}"))["inForceToday"]!.AsArray());
    }

    [Fact]
    public async Task A_position_code_is_unique_in_the_office_and_never_changes()
    {
        await RefusedAsync(() => Admin.PostAsync("/api/admin/positions", new { code = "palad", title = "ปลัดอีกคน" }), HttpStatusCode.Conflict, "duplicate");
        var palad = await App.PositionIdAsync("palad");
        var problem = await RefusedAsync(() => Admin.PutAsync($"/api/admin/positions/{palad}", new { code = "chief", title = "ปลัด", active = true }),
            HttpStatusCode.BadRequest, "validation-failed", "code");
        Assert.Contains("never changes", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        // The same code may be sent back unchanged; the title is what changes.
        var edited = await Admin.OkAsync(await Admin.PutAsync($"/api/admin/positions/{palad}",
            new { code = "palad", title = "ปลัด อบต.ภูซาง", unitId = await App.UnitIdAsync(), active = true }));
        Assert.Equal("palad", edited["code"]!.GetValue<string>());
        Assert.Equal("ปลัด อบต.ภูซาง", edited["title"]!.GetValue<string>());

        // Codes are unique per office only.
        var other = await SignInAsync(Offices.OtherAdmin);
        await other.CreatedAsync("/api/admin/positions", new { code = "palad", title = "ปลัดองค์การบริหารส่วนตำบลแม่ใจ" });
    }

    [Fact]
    public async Task Position_fields_are_checked_and_a_refusal_writes_nothing()
    {
        await RefusedAsync(() => Admin.PostAsync("/api/admin/positions", new { title = "นักวิชาการ" }), HttpStatusCode.BadRequest, "validation-failed", "code");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/positions", new { code = "Head Of Finance", title = "ผู้อำนวยการกองคลัง" }), HttpStatusCode.BadRequest, "validation-failed", "code");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/positions", new { code = "finance", title = "\u200B" }), HttpStatusCode.BadRequest, "validation-failed", "title");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/positions", new { code = "finance", title = "ผู้อำนวยการกองคลัง", unitId = Guid.NewGuid() }), HttpStatusCode.BadRequest, "validation-failed", "unitId");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/positions", new { code = "finance", title = "ผู้อำนวยการกองคลัง", superiorPositionId = Guid.NewGuid() }), HttpStatusCode.BadRequest, "validation-failed", "superiorPositionId");
        var palad = await App.PositionIdAsync("palad");
        await RefusedAsync(() => Admin.PutAsync($"/api/admin/positions/{palad}", new { title = "ปลัด" }), HttpStatusCode.BadRequest, "validation-failed", "active");
        await RefusedAsync(() => Admin.PutAsync($"/api/admin/positions/{Guid.NewGuid()}", new { title = "ปลัด", active = true }), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task A_chain_of_superiors_may_not_loop()
    {
        var nayok = await App.PositionIdAsync("nayok");
        var palad = await App.PositionIdAsync("palad");
        var head = await App.PositionIdAsync("head-of-palad-office");
        await Admin.OkAsync(await Admin.PutAsync($"/api/admin/positions/{palad}", new { title = "ปลัดองค์การบริหารส่วนตำบลภูซาง", superiorPositionId = nayok, active = true }));
        await Admin.OkAsync(await Admin.PutAsync($"/api/admin/positions/{head}", new { title = "หัวหน้าสำนักปลัด", superiorPositionId = palad, active = true }));

        var loop = await RefusedAsync(() => Admin.PutAsync($"/api/admin/positions/{nayok}", new { title = "นายกองค์การบริหารส่วนตำบลภูซาง", superiorPositionId = head, active = true }),
            HttpStatusCode.BadRequest, "validation-failed", "superiorPositionId");
        Assert.Contains("nayok → head-of-palad-office → palad → nayok", loop["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await RefusedAsync(() => Admin.PutAsync($"/api/admin/positions/{nayok}", new { title = "นายก", superiorPositionId = nayok, active = true }),
            HttpStatusCode.BadRequest, "validation-failed", "superiorPositionId");
    }

    [Fact]
    public async Task Unit_and_superior_must_be_open_and_of_the_callers_own_office()
    {
        var other = await SignInAsync(Offices.OtherAdmin);
        var theirUnit = (await other.CreatedAsync("/api/admin/units", new { name = "กองช่าง" }))["id"]!.GetValue<Guid>();
        var theirPost = (await other.CreatedAsync("/api/admin/positions", new { code = "nayok", title = "นายก อบต.แม่ใจ" }))["id"]!.GetValue<Guid>();

        await RefusedAsync(() => Admin.PostAsync("/api/admin/positions", new { code = "engineer", title = "วิศวกรโยธา", unitId = theirUnit }), HttpStatusCode.BadRequest, "validation-failed", "unitId");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/positions", new { code = "engineer", title = "วิศวกรโยธา", superiorPositionId = theirPost }), HttpStatusCode.BadRequest, "validation-failed", "superiorPositionId");
        var palad = await App.PositionIdAsync("palad");
        await RefusedAsync(() => Admin.PutAsync($"/api/admin/positions/{palad}", new { title = "ปลัด", unitId = theirUnit, active = true }),
            HttpStatusCode.BadRequest, "validation-failed", "unitId");

        var closed = (await Admin.CreatedAsync("/api/admin/units", new { name = "กองช่าง" }))["id"]!.GetValue<Guid>();
        await Admin.OkAsync(await Admin.PutAsync($"/api/admin/units/{closed}", new { name = "กองช่าง", active = false }));
        await RefusedAsync(() => Admin.PostAsync("/api/admin/positions", new { code = "engineer", title = "วิศวกรโยธา", unitId = closed }), HttpStatusCode.BadRequest, "validation-failed", "unitId");
    }

    [Fact]
    public async Task A_position_someone_is_appointed_to_cannot_be_abolished_until_the_appointment_ends()
    {
        var palad = await App.PositionIdAsync("palad");
        var body = new { title = "ปลัดองค์การบริหารส่วนตำบลภูซาง", unitId = await App.UnitIdAsync(), active = false };
        var problem = await RefusedAsync(() => Admin.PutAsync($"/api/admin/positions/{palad}", body), HttpStatusCode.Conflict, "position-in-use");
        Assert.Contains("นางนภาพร ธาคำดี", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        await Admin.OkAsync(await Admin.PutAsync($"/api/admin/appointments/{await App.AppointmentIdAsync("naphaporn", "palad")}", new { to = "2026-11-23" }));
        var abolished = await Admin.OkAsync(await Admin.PutAsync($"/api/admin/positions/{palad}", body));
        Assert.False(abolished["active"]!.GetValue<bool>());
    }
}

public sealed class SqlitePositionTests() : PositionTests(TestDatabase.Sqlite());

public sealed class PostgreSqlPositionTests() : PositionTests(TestDatabase.PostgreSql());
