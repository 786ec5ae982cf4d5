using System.Net;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Admin;

/// <summary>
/// Capacities come from appointments: an acting appointment made through the administration API is what lets the head
/// of the Palad office endorse at the Palad step and prints "… รักษาราชการแทน …"; an ended one gives no rights.
/// </summary>
public abstract class ActingCapacityWalkTests(TestDatabase database) : AdminTestBase(database)
{
    private const string Yesterday = "2026-11-23"; // KasianApp.Start is 24 November 2026 in Bangkok

    private async Task EndDemoActingAsync() =>
        await Admin.OkAsync(await Admin.PutAsync($"/api/admin/appointments/{await App.AppointmentIdAsync("naphaporn", "palad")}", new { to = Yesterday }));

    /// <summary>The seed memo submitted and endorsed at its first step, now waiting at the Palad step.</summary>
    private async Task<(Guid Memo, ApiClient Naphaporn)> AtPaladStepAsync()
    {
        var thapthim = await SignInAsync("thapthim");
        var naphaporn = await SignInAsync("naphaporn");
        var seed = (await thapthim.ItemsAsync("/api/memos?box=sent&status=draft")).Single()["id"]!.GetValue<Guid>();
        await thapthim.OkAsync(await thapthim.PostAsync($"/api/memos/{seed}/submit"));
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{seed}/endorse", new { stepId = "head-of-office", comment = "เห็นควรเสนอปลัดพิจารณา" }));
        return (seed, naphaporn);
    }

    [Fact]
    public async Task An_acting_appointment_made_through_the_API_prints_the_acting_capacity_line()
    {
        await EndDemoActingAsync();
        await Admin.CreatedAsync("/api/admin/appointments", new
        {
            personId = await App.PersonIdAsync("naphaporn"),
            positionId = await App.PositionIdAsync("palad"),
            kind = "acting",
            from = "2026-11-24",
            orderReference = "คำสั่ง อบต.ภูซาง ที่ ๑๒๓/๒๕๖๙",
        });

        var (memo, naphaporn) = await AtPaladStepAsync();
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{memo}/endorse", new { stepId = "palad", comment = "เพื่อโปรดพิจารณาอนุมัติ" }));
        var worawit = await SignInAsync("worawit");
        var approved = await worawit.OkAsync(await worawit.PostAsync($"/api/memos/{memo}/approve", new { stepId = "nayok", comment = "เห็นชอบดำเนินการตามเสนอ" }));

        Assert.Equal("approved", approved["status"]!.GetValue<string>());
        var endorsements = approved["endorsements"]!.AsArray();
        Assert.Equal(3, endorsements.Count);
        Assert.Equal("acting", endorsements[1]!["capacity"]!["kind"]!.GetValue<string>());
        Assert.Equal("หัวหน้าสำนักปลัด รักษาราชการแทน ปลัดองค์การบริหารส่วนตำบลภูซาง", endorsements[1]!["capacity"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_ended_acting_appointment_gives_no_rights_at_the_Palad_step()
    {
        await EndDemoActingAsync();
        var (memo, naphaporn) = await AtPaladStepAsync();
        await ApiClient.ProblemAsync(await naphaporn.PostAsync($"/api/memos/{memo}/endorse", new { stepId = "palad", comment = "เพื่อโปรดพิจารณาอนุมัติ" }),
            HttpStatusCode.Forbidden, "not-your-step");
        Assert.Equal("palad", (await Admin.GetJsonAsync($"/api/memos/{memo}"))["currentStep"]!["id"]!.GetValue<string>());
    }
}

public sealed class SqliteActingCapacityWalkTests() : ActingCapacityWalkTests(TestDatabase.Sqlite());

public sealed class PostgreSqlActingCapacityWalkTests() : ActingCapacityWalkTests(TestDatabase.PostgreSql());
