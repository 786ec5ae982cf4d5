using Kasian.Web.Data;
using Kasian.Web.Tests.Infrastructure;
using Kasian.Web.Workflows;
using Microsoft.Extensions.DependencyInjection;
using static Kasian.Web.Tests.Admin.CalendarsTestKit;

namespace Kasian.Web.Tests.Admin;

/// <summary>
/// The clock starts on Tuesday 24 November 2026, 09:00 in Bangkok; the first step is due P1D on the working clock,
/// so without a holiday it falls due on Wednesday the 25th at 09:00.
/// </summary>
public abstract class CalendarsDeadlineTests(TestDatabase database) : IAsyncLifetime
{
    private static readonly DateTimeOffset Wednesday = Bangkok(11, 25, 9);
    private static readonly DateTimeOffset Thursday = Bangkok(11, 26, 9);

    private readonly KasianApp _app = new(database);
    private ApiClient _admin = null!;
    private ApiClient _thapthim = null!;

    public async Task InitializeAsync()
    {
        await Offices.AddAsync(_app);
        _admin = await _app.SignInAsync("admin");
        _thapthim = await _app.SignInAsync("thapthim");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<DateTimeOffset> SubmitAsync(ApiClient originator)
    {
        var id = await originator.CreateAndSubmitAsync("ขออนุมัติจัดซื้อวัสดุสำนักงาน");
        return DueAt(await originator.GetJsonAsync($"/api/memos/{id}"));
    }

    [Fact]
    public async Task A_local_holiday_moves_the_deadlines_of_its_own_office_only()
    {
        await StaffMaeChaiAsync(_app);
        var maeChai = await _app.SignInAsync(MaeChaiOfficer, Offices.Password);
        var before = await SubmitAsync(_thapthim);
        Assert.Equal(Wednesday, before);

        await _admin.OkAsync(await PutAsync(_admin, 2026, new { local = Holidays(("2026-11-25", "วันก่อตั้ง อบต.ภูซาง")) }));

        Assert.Equal(Thursday, await SubmitAsync(_thapthim));
        Assert.Equal(Wednesday, await SubmitAsync(maeChai));

        // Mae Chai's own holiday moves Mae Chai's memos, and still not Phu Sang's beyond its own.
        var otherAdmin = await _app.SignInAsync(Offices.OtherAdmin, Offices.Password);
        await otherAdmin.OkAsync(await PutAsync(otherAdmin, 2026, new { local = Holidays(("2026-11-25", "งานประเพณีแม่ใจ"), ("2026-11-26", "งานประเพณีแม่ใจ")) }));
        Assert.Equal(Bangkok(11, 27, 9), await SubmitAsync(maeChai));
        Assert.Equal(Thursday, await SubmitAsync(_thapthim));
    }

    [Fact]
    public async Task A_deadline_already_set_is_kept_when_a_holiday_is_added_later()
    {
        var id = await _thapthim.CreateAndSubmitAsync("เรื่องที่เสนอก่อนประกาศวันหยุด");

        await _admin.OkAsync(await PutAsync(_admin, 2026, new { local = Holidays(("2026-11-25", "วันก่อตั้ง อบต.ภูซาง")) }));

        Assert.Equal(Wednesday, DueAt(await _thapthim.GetJsonAsync($"/api/memos/{id}")));
    }

    [Fact]
    public async Task A_national_year_published_in_kasian_replaces_the_files_year_in_deadlines()
    {
        // The file has no holiday on 25 November; the published year does, and the file's 2026 no longer counts.
        await _admin.OkAsync(await PutAsync(_admin, 2026, new { national = Holidays(("2026-11-25", "วันหยุดราชการเป็นกรณีพิเศษ")) }));

        Assert.Equal(Thursday, await SubmitAsync(_thapthim));
        var calendar = await _app.Services.GetRequiredService<OfficeCalendars>().ForAsync(Guid.NewGuid(), CancellationToken.None);
        Assert.True(calendar.IsHoliday(new DateOnly(2026, 11, 25)));
        Assert.False(calendar.IsHoliday(new DateOnly(2026, 12, 31)));
        Assert.True(calendar.IsHoliday(new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public async Task A_list_changed_through_another_node_counts_within_a_minute()
    {
        Assert.Equal(Wednesday, await SubmitAsync(_thapthim));
        // Another node wrote the list: this node was not told, and keeps its calendar for up to a minute.
        await _app.WithDbAsync(async db =>
        {
            var phusang = db.Organisations.Single(o => o.Code == "phusang").Id;
            db.HolidayYears.Add(new HolidayYear { OrganisationId = phusang, Year = 2026, Holidays = """[{"date":"2026-11-25","name":"วันก่อตั้ง อบต.ภูซาง"}]""", UpdatedAt = _app.Clock.GetUtcNow(), UpdatedBy = "admin" });
            return await db.SaveChangesAsync();
        });
        Assert.Equal(Wednesday, await SubmitAsync(_thapthim));

        _app.Clock.Advance(OfficeCalendars.Lifetime);

        Assert.Equal(Bangkok(11, 26, 9, 1), await SubmitAsync(_thapthim));
    }
}

public sealed class SqliteCalendarsDeadlineTests() : CalendarsDeadlineTests(TestDatabase.Sqlite());

public sealed class PostgreSqlCalendarsDeadlineTests() : CalendarsDeadlineTests(TestDatabase.PostgreSql());
