using System.Net;
using System.Text.Json.Nodes;
using Kasian.Web.Data;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Kasian.Web.Tests.Admin.CalendarsTestKit;

namespace Kasian.Web.Tests.Admin;

public abstract class CalendarsApiTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database);
    private ApiClient _admin = null!;

    public async Task InitializeAsync()
    {
        await Offices.AddAsync(_app);
        _admin = await _app.SignInAsync("admin");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_year_the_file_covers_shows_its_named_holidays_and_no_local_list()
    {
        var year = await _admin.GetJsonAsync("/api/admin/calendars/2026");

        Assert.Equal(2026, year["year"]!.GetValue<int>());
        Assert.Equal(2569, year["yearBe"]!.GetValue<int>());
        Assert.Equal("file", year["national"]!["source"]!.GetValue<string>());
        var holidays = year["national"]!["holidays"]!.AsArray();
        Assert.Contains(holidays, h => h!["date"]!.GetValue<string>() == "2026-01-01" && h["name"]!.GetValue<string>() == "วันขึ้นปีใหม่");
        Assert.All(holidays, h => Assert.StartsWith("2026-", h!["date"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Equal("none", year["local"]!["source"]!.GetValue<string>());
        Assert.Empty(year["local"]!["holidays"]!.AsArray());
        Assert.True(year["mayEdit"]!["national"]!.GetValue<bool>());

        var next = await _admin.GetJsonAsync("/api/admin/calendars/2027");
        Assert.Equal("none", next["national"]!["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_buddhist_era_year_is_refused_with_the_gregorian_year_it_meant()
    {
        var get = await ApiClient.ProblemAsync(await _admin.Http.GetAsync("/api/admin/calendars/2570"), HttpStatusCode.BadRequest, "validation-failed");
        Assert.Contains("use the Gregorian year; BE 2570 is 2027", get["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var before = await WrittenAsync(_app);
        var put = await ApiClient.ProblemAsync(await PutAsync(_admin, 2570, new { local = Holidays(("2027-03-20", "วันก่อตั้ง")) }), HttpStatusCode.BadRequest, "validation-failed");
        Assert.Contains("use the Gregorian year; BE 2570 is 2027", put["errors"]!["year"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await WrittenAsync(_app));
    }

    [Fact]
    public async Task Bad_lists_are_refused_field_by_field_and_nothing_is_written()
    {
        var before = await WrittenAsync(_app);
        var cases = new (int Year, object Body, string Field)[]
        {
            (1999, new { local = Holidays(("1999-03-20", "วันก่อตั้ง")) }, "year"),
            (2201, new { local = Holidays(("2201-03-20", "วันก่อตั้ง")) }, "year"),
            (2027, new { }, "local"),
            (2027, new { local = Holidays(("2026-12-31", "วันสิ้นปี")) }, "local[0].date"),
            (2027, new { local = Holidays(("2027-01-05", "ก"), ("2027-01-05", "ข")) }, "local[1].date"),
            (2027, new { local = Holidays(("2027-02-30", "วันที่ไม่มีจริง")) }, "local[0].date"),
            (2027, new { local = Holidays(("05/01/2027", "รูปแบบผิด")) }, "local[0].date"),
            (2027, new { local = new[] { new { date = "2027-01-05" } } }, "local[0].name"),
            (2027, new { local = Holidays(("2027-01-05", "\u200B\u200B ")) }, "local[0].name"),
            (2027, new { local = Holidays(("2027-01-05", new string('ก', 201))) }, "local[0].name"),
            (2027, new { local = Holidays(("2027-01-05", "\u202Eวันหยุด")) }, "local[0].name"),
            (2027, new { local = new object?[] { null } }, "local[0]"),
            (2027, new { local = Enumerable.Range(0, 101).Select(i => new { date = new DateOnly(2027, 1, 1).AddDays(i).ToString("yyyy-MM-dd"), name = $"วันที่ {i}" }) }, "local"),
            (2027, new { national = Array.Empty<object>() }, "national"),
            // Both lists at once: a good local list is not written beside a bad national one.
            (2027, new { local = Holidays(("2027-03-20", "วันก่อตั้ง")), national = Holidays(("2027-13-01", "เดือนสิบสาม")) }, "national[0].date"),
        };
        foreach (var (year, body, field) in cases)
        {
            var problem = await ApiClient.ProblemAsync(await PutAsync(_admin, year, body), HttpStatusCode.BadRequest, "validation-failed");
            Assert.True(problem["errors"]?[field] is not null, $"{year} {System.Text.Json.JsonSerializer.Serialize(body)}: expected an error on {field}, got {problem}");
        }
        Assert.Equal(before, await WrittenAsync(_app));
    }

    [Fact]
    public async Task A_local_list_is_kept_in_date_order_with_who_and_when_and_the_change_is_audited()
    {
        var saved = await _admin.OkAsync(await PutAsync(_admin, 2027, new { local = Holidays(("2027-05-14", "ประเพณีบุญบั้งไฟ"), ("2027-03-20", "วันก่อตั้ง อบต.ภูซาง")) }));

        var local = saved["local"]!;
        Assert.Equal("database", local["source"]!.GetValue<string>());
        Assert.Equal("admin", local["updatedBy"]!.GetValue<string>());
        Assert.Equal(_app.Clock.GetUtcNow(), local["updatedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(["2027-03-20", "2027-05-14"], local["holidays"]!.AsArray().Select(h => h!["date"]!.GetValue<string>()));
        Assert.Equal("none", saved["national"]!["source"]!.GetValue<string>());
        var audit = await _app.WithDbAsync(db => db.AuditRecords.AsNoTracking().Where(a => a.Action == "holidays.local.replaced").ToListAsync());
        var record = Assert.Single(audit);
        Assert.Equal("admin", record.ActorUsername);
        Assert.Contains("ประเพณีบุญบั้งไฟ", record.Details, StringComparison.Ordinal);
        Assert.Contains("2027-05-14", record.Details, StringComparison.Ordinal);

        var emptied = await _admin.OkAsync(await PutAsync(_admin, 2027, new { local = Array.Empty<object>() }));
        Assert.Equal("none", emptied["local"]!["source"]!.GetValue<string>());
        Assert.Equal(0, await _app.WithDbAsync(db => db.HolidayYears.CountAsync()));
        Assert.Equal(2, await _app.WithDbAsync(db => db.AuditRecords.CountAsync(a => a.Action == "holidays.local.replaced")));
    }

    [Fact]
    public async Task A_published_national_year_replaces_the_files_year_for_everyone()
    {
        var saved = await _admin.OkAsync(await PutAsync(_admin, 2026, new { national = Holidays(("2026-11-25", "วันหยุดราชการเป็นกรณีพิเศษ")) }));

        Assert.Equal("database", saved["national"]!["source"]!.GetValue<string>());
        Assert.Equal(["2026-11-25"], saved["national"]!["holidays"]!.AsArray().Select(h => h!["date"]!.GetValue<string>()));
        var other = await _app.SignInAsync(Offices.OtherAdmin, Offices.Password);
        var seen = await other.GetJsonAsync("/api/admin/calendars/2026");
        Assert.Equal("database", seen["national"]!["source"]!.GetValue<string>());
        Assert.Equal("admin", seen["national"]!["updatedBy"]!.GetValue<string>());
        var audit = await _app.WithDbAsync(db => db.AuditRecords.AsNoTracking().SingleAsync(a => a.Action == "holidays.national.replaced"));
        Assert.Contains("2026-11-25", audit.Details, StringComparison.Ordinal);

        var years = (await _admin.GetJsonAsync("/api/admin/calendars"))["years"]!.AsArray();
        Assert.Equal("file", years.Single(y => y!["year"]!.GetValue<int>() == 2025)!["national"]!.GetValue<string>());
        Assert.Equal("database", years.Single(y => y!["year"]!.GetValue<int>() == 2026)!["national"]!.GetValue<string>());
    }

    [Fact]
    public async Task Clerks_and_auditors_cannot_replace_a_list_and_an_auditor_reads_them()
    {
        await _admin.OkAsync(await PutAsync(_admin, 2026, new { local = Holidays(("2026-11-25", "วันก่อตั้ง อบต.ภูซาง")) }));
        var before = await WrittenAsync(_app);
        var clerk = await _app.SignInAsync(Offices.Clerk, Offices.Password);
        var auditor = await _app.SignInAsync(Offices.Auditor, Offices.Password);

        await ApiClient.ProblemAsync(await PutAsync(clerk, 2026, new { local = Holidays(("2026-11-26", "ของเสมียน")) }), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await PutAsync(auditor, 2026, new { local = Holidays(("2026-11-26", "ของผู้ตรวจสอบ")) }), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await PutAsync(auditor, 2026, new { national = Holidays(("2026-11-26", "ของผู้ตรวจสอบ")) }), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await clerk.Http.GetAsync("/api/admin/calendars/2026"), HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(before, await WrittenAsync(_app));

        var read = await auditor.GetJsonAsync("/api/admin/calendars/2026");
        Assert.Equal("วันก่อตั้ง อบต.ภูซาง", read["local"]!["holidays"]![0]!["name"]!.GetValue<string>());
        Assert.False(read["mayEdit"]!["local"]!.GetValue<bool>());
        Assert.False(read["mayEdit"]!["national"]!.GetValue<bool>());
        await auditor.GetJsonAsync("/api/admin/calendars");
    }

    [Fact]
    public async Task Another_offices_administrator_keeps_its_own_local_list_and_may_not_touch_the_national_one()
    {
        await _admin.OkAsync(await PutAsync(_admin, 2026, new { local = Holidays(("2026-11-25", "วันก่อตั้ง อบต.ภูซาง")) }));
        var other = await _app.SignInAsync(Offices.OtherAdmin, Offices.Password);

        var seen = await other.GetJsonAsync("/api/admin/calendars/2026");
        Assert.Equal("none", seen["local"]!["source"]!.GetValue<string>());
        Assert.Equal("file", seen["national"]!["source"]!.GetValue<string>());
        Assert.True(seen["mayEdit"]!["local"]!.GetValue<bool>());
        Assert.False(seen["mayEdit"]!["national"]!.GetValue<bool>());
        Assert.DoesNotContain((await other.GetJsonAsync("/api/admin/calendars"))["years"]!.AsArray(), y => y!["local"]!.GetValue<string>() == "database");

        var own = await other.OkAsync(await PutAsync(other, 2026, new { local = Holidays(("2026-12-01", "งานประเพณีแม่ใจ")) }));
        Assert.Equal(["2026-12-01"], own["local"]!["holidays"]!.AsArray().Select(h => h!["date"]!.GetValue<string>()));
        var phusang = await _admin.GetJsonAsync("/api/admin/calendars/2026");
        Assert.Equal(["2026-11-25"], phusang["local"]!["holidays"]!.AsArray().Select(h => h!["date"]!.GetValue<string>()));

        var before = await WrittenAsync(_app);
        await ApiClient.ProblemAsync(await PutAsync(other, 2026, new { national = Holidays(("2026-11-26", "ของแม่ใจ")) }), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await PutAsync(other, 2027, new { national = Holidays(("2027-01-01", "วันขึ้นปีใหม่")), local = Holidays(("2027-01-02", "ของแม่ใจ")) }), HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(before, await WrittenAsync(_app));
    }

    [Fact]
    public async Task Next_year_without_a_national_list_is_warned_of_until_it_is_published()
    {
        var list = await _admin.GetJsonAsync("/api/admin/calendars");
        var warning = list["warning"]!.AsObject();
        var missing = Assert.Single(warning["missingYears"]!.AsArray());
        Assert.Equal(2027, missing!["year"]!.GetValue<int>());
        Assert.Equal(2570, missing["yearBe"]!.GetValue<int>());
        Assert.Contains("2027 (BE 2570)", warning["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal([2025, 2026], list["years"]!.AsArray().Select(y => y!["year"]!.GetValue<int>()));

        await _admin.OkAsync(await PutAsync(_admin, 2027, new { national = Holidays(("2027-01-01", "วันขึ้นปีใหม่"), ("2027-04-06", "วันจักรี")) }));

        var after = await _admin.GetJsonAsync("/api/admin/calendars");
        Assert.Null(after["warning"]);
        Assert.Equal("database", after["years"]!.AsArray().Single(y => y!["year"]!.GetValue<int>() == 2027)!["national"]!.GetValue<string>());
    }
}

public sealed class SqliteCalendarsApiTests() : CalendarsApiTests(TestDatabase.Sqlite());

public sealed class PostgreSqlCalendarsApiTests() : CalendarsApiTests(TestDatabase.PostgreSql());
