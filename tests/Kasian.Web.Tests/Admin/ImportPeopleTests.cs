using System.Net;
using System.Text;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Admin;

public abstract class ImportPeopleTests(TestDatabase database) : AdminTestBase(database)
{
    private const string Header = "username,displayName,email,password,roles,position,kind,from,orderReference";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Admin.CreatedAsync("/api/admin/positions", new { code = "finance-director", title = "ผู้อำนวยการกองคลัง" });
    }

    [Fact]
    public async Task A_spreadsheet_file_with_a_BOM_quoted_commas_and_Thai_creates_everyone_and_their_appointments()
    {
        var csv = "\uFEFF" + Header + "\r\n"
            + "somchai,นายสมชาย ใจดี,somchai@phusang.example,somchai-password,,finance-director,holder,2026-12-01,\"คำสั่ง อบต.ภูซาง ที่ ๑๒๓/๒๕๖๙, ลงวันที่ ๑ ธันวาคม ๒๕๖๙\"\r\n"
            + ",,,,,,,,\r\n"
            + "\"somsri\",\"นางสมศรี \"\"ศรี\"\" มีสุข\",,somsri-password,clerk; auditor,,,,\r\n";
        var done = await Admin.OkAsync(await Admin.PostCsvAsync(csv));
        Assert.Equal(2, done["created"]!.GetValue<int>());
        Assert.Equal(1, done["appointments"]!.GetValue<int>());

        var people = await Admin.ItemsAsync("/api/admin/people");
        var somsri = people.Single(p => p["username"]!.GetValue<string>() == "somsri");
        Assert.Equal("นางสมศรี \"ศรี\" มีสุข", somsri["displayName"]!.GetValue<string>());
        Assert.Equal(["clerk", "auditor"], somsri["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        var appointment = Assert.Single(people.Single(p => p["username"]!.GetValue<string>() == "somchai")["appointments"]!.AsArray())!;
        Assert.Equal("finance-director", appointment["positionCode"]!.GetValue<string>());
        Assert.Equal("holder", appointment["kind"]!.GetValue<string>());
        Assert.Equal("2026-12-01", appointment["from"]!.GetValue<string>());
        Assert.Equal("คำสั่ง อบต.ภูซาง ที่ ๑๒๓/๒๕๖๙, ลงวันที่ ๑ ธันวาคม ๒๕๖๙", appointment["orderReference"]!.GetValue<string>());
        await App.SignInAsync("somsri", "somsri-password");
    }

    [Fact]
    public async Task Each_bad_row_is_reported_by_its_line_and_nothing_is_written()
    {
        var csv = Header + "\n"
            + "somchai,นายสมชาย ใจดี,,somchai-password,,,,,\n"                                   // 2: good
            + "somsak,,,short,,,,,\n"                                                           // 3: no name, short password
            + "somchai,นายสมชาย ซ้ำ,,somchai-password,,,,,\n"                                    // 4: username again
            + "thapthim,นางสาวทับทิม ซ้ำ,,thapthim-password,,,,,\n"                              // 5: username taken
            + "somying,\"นางสมหญิง\nรักงาน\",,somying-password,boss,,,,\n"                       // 6-7: a quoted line break, an unknown role
            + "sompong,นายสมปอง,,sompong-password,,treasurer,,,\n"                              // 8: no such position
            + "somjai,นางสมใจ,,somjai-password,,head-of-palad-office,holder,2026-12-01,\n"      // 9: the post has a holder
            + "somporn,นายสมพร,,somporn-password,,finance-director,boss,01/12/2569,\n"          // 10: bad kind and date
            + "sommai,นายสมหมาย,,sommai-password,,,acting,,\n"                                  // 11: a kind without a position
            + "somkid,นายสมคิด,,somkid-password,,,,,,extra\n";                                  // 12: one field too many
        var problem = await RefusedAsync(() => Admin.PostCsvAsync(csv), HttpStatusCode.BadRequest, "validation-failed");

        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["line 3", "line 4", "line 5", "line 6", "line 8", "line 9", "line 10", "line 11", "line 12"], errors.Select(e => e.Key));
        string Said(int line) => string.Join(" | ", errors[$"line {line}"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Contains("displayName:", Said(3), StringComparison.Ordinal);
        Assert.Contains("password:", Said(3), StringComparison.Ordinal);
        Assert.Contains("also on line 2", Said(4), StringComparison.Ordinal);
        Assert.Contains("'thapthim' is taken", Said(5), StringComparison.Ordinal);
        Assert.Contains("'boss' is not a role", Said(6), StringComparison.Ordinal);
        Assert.Contains("no position with the code 'treasurer'", Said(8), StringComparison.Ordinal);
        Assert.Contains("already has a holder", Said(9), StringComparison.Ordinal);
        Assert.Contains("kind:", Said(10), StringComparison.Ordinal);
        Assert.Contains("from:", Said(10), StringComparison.Ordinal);
        Assert.Contains("needs a position", Said(11), StringComparison.Ordinal);
        Assert.Contains("10 fields", Said(12), StringComparison.Ordinal);
        Assert.Contains("nothing was imported", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_holders_of_one_post_in_one_file_are_refused()
    {
        var csv = Header + "\n"
            + "somchai,นายสมชาย ใจดี,,somchai-password,,finance-director,,2026-12-01,\n"
            + "somsak,นายสมศักดิ์,,somsak-password,,finance-director,holder,2027-01-01,\n";
        var problem = await RefusedAsync(() => Admin.PostCsvAsync(csv), HttpStatusCode.BadRequest, "validation-failed", "line 3");
        Assert.Contains("นายสมชาย ใจดี", problem["errors"]!["line 3"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_people_file_is_refused_with_the_reason()
    {
        await RefusedAsync(() => Admin.PostCsvAsync(""), HttpStatusCode.BadRequest, "validation-failed", "line 1");
        await RefusedAsync(() => Admin.PostCsvAsync(Header + "\n"), HttpStatusCode.BadRequest, "validation-failed", "line 2");
        var unknown = await RefusedAsync(() => Admin.PostCsvAsync("username,displayName,password,salary\nsomchai,นายสมชาย,somchai-password,1\n"),
            HttpStatusCode.BadRequest, "validation-failed", "line 1");
        Assert.Contains("'salary'", unknown["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await RefusedAsync(() => Admin.PostCsvAsync("username,displayName\nsomchai,นายสมชาย\n"), HttpStatusCode.BadRequest, "validation-failed", "line 1");
        await RefusedAsync(() => Admin.PostCsvAsync(Header + "\nsomchai,\"นายสมชาย,,somchai-password,,,,,\n"), HttpStatusCode.BadRequest, "validation-failed", "line 2");

        var tooMany = new StringBuilder(Header + "\n");
        for (var i = 0; i < 301; i++) tooMany.Append($"person{i},คนที่ {i},,password-{i:D4},,,,,\n");
        var problem = await RefusedAsync(() => Admin.PostCsvAsync(tooMany.ToString()), HttpStatusCode.BadRequest, "validation-failed", "line 302");
        Assert.Contains("300", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_UTF8_CSV_within_the_size_limit_is_read()
    {
        var csv = Header + "\nsomchai,นายสมชาย ใจดี,,somchai-password,,,,,\n";
        await RefusedAsync(() => Admin.PostCsvAsync(csv, "application/json"), HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        await RefusedAsync(() => Admin.PostCsvAsync(csv, "text/csv; charset=windows-874"), HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        // The same file saved as TIS-620 (Thai Windows): its Thai bytes are not UTF-8.
        var tis620 = Encoding.UTF8.GetBytes(Header + "\nsomchai,").Concat(new byte[] { 0xCA, 0xC1, 0xAA, 0xD2, 0xC2 }).Concat(Encoding.UTF8.GetBytes(",,somchai-password,,,,,\n")).ToArray();
        await RefusedAsync(() => Admin.PostBytesAsync(tis620, "text/csv"), HttpStatusCode.BadRequest, "validation-failed", "file");
        // Over this endpoint's own limit (128 KiB), though within the API's general one (256 KiB).
        await RefusedAsync(() => Admin.PostCsvAsync(csv + new string('#', 160 * 1024)), HttpStatusCode.RequestEntityTooLarge, "too-large");

        await Admin.OkAsync(await Admin.PostCsvAsync(csv, "text/csv; charset=utf-8"));
    }
}

public sealed class SqliteImportPeopleTests() : ImportPeopleTests(TestDatabase.Sqlite());

public sealed class PostgreSqlImportPeopleTests() : ImportPeopleTests(TestDatabase.PostgreSql());
