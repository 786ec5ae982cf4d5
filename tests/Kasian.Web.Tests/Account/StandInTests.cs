using System.Net;
using System.Text.Json.Nodes;
using Kasian.Core.Organisation;
using Kasian.Web.Data;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Tests.Account;

/// <summary>
/// A stand-in while away (รักษาราชการแทน): asked by the holder, decided by an administrator or the holder of the
/// superior post, and only then an acting appointment that lets the stand-in act at the post's steps.
/// </summary>
public abstract class StandInTests(TestDatabase database) : IAsyncLifetime
{
    private const string ActingNayok = "หัวหน้าสำนักปลัด รักษาราชการแทน นายกองค์การบริหารส่วนตำบลภูซาง";
    private static readonly DateOnly Today = new(2026, 11, 24); // KasianApp.Start in Bangkok
    private readonly KasianApp _app = new(database);

    public async Task InitializeAsync() => await Offices.AddAsync(_app);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static object Ask(string? standIn, string? position, DateOnly? from, DateOnly? to, string? reason = null) =>
        new { standInUsername = standIn, positionCode = position, from = from?.ToString("yyyy-MM-dd"), to = to?.ToString("yyyy-MM-dd"), reason };

    private sealed record Written(int Requests, int Appointments, int Audit, string Statuses);

    private Task<Written> WrittenAsync() => _app.WithDbAsync(async db => new Written(
        await db.StandInRequests.CountAsync(),
        await db.Appointments.CountAsync(),
        await db.AuditRecords.CountAsync(),
        string.Join(",", (await db.StandInRequests.OrderBy(r => r.CreatedAt).ToListAsync()).Select(r => r.Status))));

    private async Task<Guid> RequestAsync(ApiClient who, string standIn, string position, DateOnly from, DateOnly to)
    {
        var created = await who.OkAsync(await who.PostAsync("/api/me/stand-ins", Ask(standIn, position, from, to, "ไปราชการต่างจังหวัด")), HttpStatusCode.Created);
        Assert.Equal("pending", created["status"]!.GetValue<string>());
        return created["id"]!.GetValue<Guid>();
    }

    /// <summary>A memo from the HR officer, endorsed twice by the head of the Palad office, now waiting at the Nayok's step.</summary>
    private async Task<Guid> MemoAtNayokAsync()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        var naphaporn = await _app.SignInAsync("naphaporn");
        var id = await thapthim.CreateAndSubmitAsync();
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office" }));
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "palad" }));
        return id;
    }

    /// <summary>The demo has no superiors; these make the HR officer answer to the (acting) Palad and the head of the Palad office to the Nayok.</summary>
    private Task SetSuperiorsAsync() => _app.WithDbAsync(async db =>
    {
        var posts = await db.Positions.ToDictionaryAsync(p => p.Code);
        posts["hr-officer"].SuperiorPositionId = posts["palad"].Id;
        posts["head-of-palad-office"].SuperiorPositionId = posts["nayok"].Id;
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Bad_requests_are_refused_field_by_field_and_write_nothing()
    {
        await _app.WithDbAsync(db => db.People.Where(p => p.Username == Offices.Auditor).ExecuteUpdateAsync(s => s.SetProperty(p => p.Active, false)));
        var naphaporn = await _app.SignInAsync("naphaporn");
        var before = await WrittenAsync();

        async Task Refused(object body, params string[] fields)
        {
            var problem = await ApiClient.ProblemAsync(await naphaporn.PostAsync("/api/me/stand-ins", body), HttpStatusCode.BadRequest, "validation-failed");
            Assert.Equal(fields.Order(StringComparer.Ordinal), problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        }

        await Refused(Ask(null, null, null, null), "from", "positionCode", "standInUsername", "to");
        await Refused(Ask("naphaporn", "head-of-palad-office", Today, Today), "standInUsername");
        await Refused(Ask(Offices.OtherAdmin, "head-of-palad-office", Today, Today), "standInUsername");
        await Refused(Ask(Offices.Auditor, "head-of-palad-office", Today, Today), "standInUsername");
        await Refused(Ask("nobody-here", "head-of-palad-office", Today, Today), "standInUsername");
        // She acts as Palad but does not hold it: only a holder asks for a stand-in. Nor does she hold the Nayok's post.
        await Refused(Ask("thapthim", "palad", Today, Today), "positionCode");
        await Refused(Ask("thapthim", "nayok", Today, Today), "positionCode");
        await Refused(Ask("thapthim", "head-of-palad-office", Today.AddDays(-1), Today), "from");
        await Refused(Ask("thapthim", "head-of-palad-office", Today.AddDays(3), Today.AddDays(2)), "to");
        await Refused(Ask("thapthim", "head-of-palad-office", Today, Today, "\u202Eลาพักผ่อน"), "reason");

        Assert.Equal(before, await WrittenAsync());
    }

    [Fact]
    public async Task Approved_stand_in_acts_at_the_nayok_step_with_the_acting_capacity_line()
    {
        var memo = await MemoAtNayokAsync();
        var worawit = await _app.SignInAsync("worawit");
        var naphaporn = await _app.SignInAsync("naphaporn");
        var admin = await _app.SignInAsync("admin");
        var request = await RequestAsync(worawit, "naphaporn", "nayok", Today, Today.AddDays(2));

        // Pending gives no right.
        await ApiClient.ProblemAsync(await naphaporn.PostAsync($"/api/memos/{memo}/approve", new { stepId = "nayok" }), HttpStatusCode.Forbidden, "not-your-step");
        // The Nayok's post has no superior: an administrator decides, and sees the request waiting.
        var overview = await admin.GetJsonAsync("/api/me/stand-ins");
        Assert.Contains(overview["toDecide"]!.AsArray(), r => r!["id"]!.GetValue<Guid>() == request);

        var approved = await admin.OkAsync(await admin.PostAsync($"/api/stand-ins/{request}/approve", new { reason = "อนุมัติ" }));
        Assert.Equal("approved", approved["status"]!.GetValue<string>());
        Assert.Equal("admin", approved["decidedBy"]!.GetValue<string>());
        var appointmentId = approved["appointmentId"]!.GetValue<Guid>();
        var appointment = await _app.WithDbAsync(db => db.Appointments.Include(a => a.Position).SingleAsync(a => a.Id == appointmentId));
        Assert.Equal((CapacityKind.Acting, "nayok", Today, (DateOnly?)Today.AddDays(2)), (appointment.Kind, appointment.Position!.Code, appointment.From, appointment.To));
        Assert.Equal("อนุมัติคำขอรักษาราชการแทน เมื่อ ๒๔ พฤศจิกายน ๒๕๖๙", appointment.OrderReference);

        var acted = await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{memo}/approve", new { stepId = "nayok", comment = "เห็นชอบ" }));
        var last = acted["endorsements"]!.AsArray().Last()!;
        Assert.Equal("naphaporn", last["actor"]!["username"]!.GetValue<string>());
        Assert.Equal("acting", last["capacity"]!["kind"]!.GetValue<string>());
        Assert.Equal(ActingNayok, last["capacity"]!["text"]!.GetValue<string>());

        // The appointment ends with the request's last day.
        _app.Clock.Advance(TimeSpan.FromDays(3));
        var me = await (await _app.SignInAsync("naphaporn")).GetJsonAsync("/api/me");
        Assert.DoesNotContain(me["capacities"]!.AsArray(), c => c!["position"]!.GetValue<string>() == "nayok");

        var actions = await _app.WithDbAsync(db => db.AuditRecords.OrderBy(a => a.At).ThenBy(a => a.Id).Select(a => a.Action + " by " + a.ActorUsername).ToListAsync());
        // The approval and the appointment it makes are recorded in one transaction at one moment: their order between them is not a fact.
        Assert.Equal("stand-in.requested by worawit", actions[0]);
        Assert.Equal(["appointment.created by admin", "stand-in.approved by admin"], actions.Skip(1).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_rejected_request_gives_no_right_and_cannot_be_decided_again()
    {
        var memo = await MemoAtNayokAsync();
        var worawit = await _app.SignInAsync("worawit");
        var naphaporn = await _app.SignInAsync("naphaporn");
        var admin = await _app.SignInAsync("admin");
        var request = await RequestAsync(worawit, "naphaporn", "nayok", Today, Today);

        var rejected = await admin.OkAsync(await admin.PostAsync($"/api/stand-ins/{request}/reject", new { reason = "ไม่มีความจำเป็น" }));
        Assert.Equal("rejected", rejected["status"]!.GetValue<string>());
        Assert.Null(rejected["appointmentId"]);
        var before = await WrittenAsync();

        await ApiClient.ProblemAsync(await admin.PostAsync($"/api/stand-ins/{request}/approve"), HttpStatusCode.Conflict, "already-decided");
        await ApiClient.ProblemAsync(await admin.PostAsync($"/api/stand-ins/{request}/reject"), HttpStatusCode.Conflict, "already-decided");
        await ApiClient.ProblemAsync(await naphaporn.PostAsync($"/api/memos/{memo}/approve", new { stepId = "nayok" }), HttpStatusCode.Forbidden, "not-your-step");
        Assert.Equal(before, await WrittenAsync());
        Assert.False(await _app.WithDbAsync(db => db.Appointments.AnyAsync(a => a.Position!.Code == "nayok" && a.Kind == CapacityKind.Acting)));
        var audit = await _app.WithDbAsync(db => db.AuditRecords.SingleAsync(a => a.Action == "stand-in.rejected"));
        Assert.Contains("ไม่มีความจำเป็น", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_administrators_and_the_holder_of_the_superior_post_decide()
    {
        await SetSuperiorsAsync();
        var thapthim = await _app.SignInAsync("thapthim");
        var naphaporn = await _app.SignInAsync("naphaporn");
        var worawit = await _app.SignInAsync("worawit");
        var clerk = await _app.SignInAsync(Offices.Clerk, Offices.Password);
        var auditor = await _app.SignInAsync(Offices.Auditor, Offices.Password);
        var otherAdmin = await _app.SignInAsync(Offices.OtherAdmin, Offices.Password);

        // The HR officer answers to the Palad, whose post naphaporn acts in.
        var forHr = await RequestAsync(thapthim, Offices.Clerk, "hr-officer", Today.AddDays(1), Today.AddDays(5));
        // The head of the Palad office answers to the Nayok, whose post worawit holds.
        var forHead = await RequestAsync(naphaporn, "thapthim", "head-of-palad-office", Today, Today.AddDays(1));
        var before = await WrittenAsync();

        foreach (var (who, id) in new[] { (thapthim, forHr), (clerk, forHr), (auditor, forHr), (worawit, forHr), (naphaporn, forHead), (thapthim, forHead), (clerk, forHead) })
        {
            await ApiClient.ProblemAsync(await who.PostAsync($"/api/stand-ins/{id}/approve"), HttpStatusCode.Forbidden, "not-your-decision");
            await ApiClient.ProblemAsync(await who.PostAsync($"/api/stand-ins/{id}/reject"), HttpStatusCode.Forbidden, "not-your-decision");
        }
        foreach (var id in new[] { forHr, forHead, Guid.NewGuid() })
            await ApiClient.ProblemAsync(await otherAdmin.PostAsync($"/api/stand-ins/{id}/approve"), HttpStatusCode.NotFound, "not-found");
        Assert.Equal(before, await WrittenAsync());

        // Each sees what is theirs to decide, and nothing else; the requester sees their own under "mine".
        static List<Guid> Ids(JsonObject o, string list) => o[list]!.AsArray().Select(r => r!["id"]!.GetValue<Guid>()).ToList();
        Assert.Equal([forHr], Ids(await naphaporn.GetJsonAsync("/api/me/stand-ins"), "toDecide"));
        Assert.Equal([forHead], Ids(await naphaporn.GetJsonAsync("/api/me/stand-ins"), "mine"));
        Assert.Equal([forHead], Ids(await worawit.GetJsonAsync("/api/me/stand-ins"), "toDecide"));
        Assert.Empty(Ids(await clerk.GetJsonAsync("/api/me/stand-ins"), "toDecide"));
        Assert.Empty(Ids(await otherAdmin.GetJsonAsync("/api/me/stand-ins"), "toDecide"));
        var admin = await _app.SignInAsync("admin");
        Assert.Equal(new[] { forHead, forHr }.Order(), Ids(await admin.GetJsonAsync("/api/me/stand-ins"), "toDecide").Order());

        var approved = await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/stand-ins/{forHr}/approve"));
        Assert.Equal("approved", approved["status"]!.GetValue<string>());
        var rejected = await worawit.OkAsync(await worawit.PostAsync($"/api/stand-ins/{forHead}/reject", new { reason = "ช่วงนั้นมีประชุมสภา" }));
        Assert.Equal("rejected", rejected["status"]!.GetValue<string>());
        Assert.Equal(before with { Appointments = before.Appointments + 1, Audit = before.Audit + 3, Statuses = "Approved,Rejected" }, await WrittenAsync());
    }

    [Fact]
    public async Task Two_deciders_at_once_make_one_appointment()
    {
        var worawit = await _app.SignInAsync("worawit");
        var admin = await _app.SignInAsync("admin");
        var sameAdminElsewhere = await _app.SignInAsync("admin");
        var request = await RequestAsync(worawit, "naphaporn", "nayok", Today, Today);
        var before = await WrittenAsync();

        var responses = await Task.WhenAll(
            admin.PostAsync($"/api/stand-ins/{request}/approve"),
            sameAdminElsewhere.PostAsync($"/api/stand-ins/{request}/reject"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var after = await WrittenAsync();
        var approved = after.Statuses == "Approved";
        Assert.Equal(before.Appointments + (approved ? 1 : 0), after.Appointments);
        Assert.Equal(before.Audit + (approved ? 2 : 1), after.Audit);
    }

    [Fact]
    public async Task The_overview_offers_my_posts_and_my_colleagues()
    {
        var naphaporn = await _app.SignInAsync("naphaporn");
        var overview = await naphaporn.GetJsonAsync("/api/me/stand-ins");
        Assert.Equal(["head-of-palad-office"], overview["positions"]!.AsArray().Select(p => p!["code"]!.GetValue<string>()));
        var colleagues = overview["candidates"]!.AsArray().Select(p => p!["username"]!.GetValue<string>()).ToList();
        Assert.Contains("thapthim", colleagues);
        Assert.DoesNotContain("naphaporn", colleagues);
        Assert.DoesNotContain(Offices.OtherAdmin, colleagues);
        Assert.Empty(overview["mine"]!.AsArray());
    }
}

public sealed class SqliteStandInTests() : StandInTests(TestDatabase.Sqlite());

public sealed class PostgreSqlStandInTests() : StandInTests(TestDatabase.PostgreSql());
