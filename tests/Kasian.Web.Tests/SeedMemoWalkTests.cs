using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests;

/// <summary>The seed case over HTTP, as its four people: the HR officer submits, the head of the Palad office endorses twice in two capacities, the Nayok approves.</summary>
public abstract class SeedMemoWalkTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Seed_memo_walks_from_draft_to_approved_with_both_capacities_of_the_acting_palad()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        var naphaporn = await _app.SignInAsync("naphaporn");
        var worawit = await _app.SignInAsync("worawit");
        var admin = await _app.SignInAsync("admin");

        var drafts = await thapthim.GetJsonAsync("/api/memos?box=sent&status=draft");
        var seed = Assert.Single(drafts["items"]!.AsArray())!;
        var id = seed["id"]!.GetValue<Guid>();
        var draft = await thapthim.GetJsonAsync($"/api/memos/{id}");
        Assert.Single(draft["attachments"]!.AsArray());
        Assert.Null(draft["number"]);

        var submitted = await thapthim.OkAsync(await thapthim.PostAsync($"/api/memos/{id}/submit"));
        Assert.Equal("พย ๗๒๔๐๑/๑๑๙", submitted["number"]!["th"]!.GetValue<string>());
        Assert.Equal("พย 72401/119", submitted["number"]!["latin"]!.GetValue<string>());
        Assert.Equal("๒๔ พฤศจิกายน ๒๕๖๙", submitted["dateThai"]!.GetValue<string>());
        Assert.Equal("head-of-office", submitted["currentStep"]!["id"]!.GetValue<string>());

        // The inbox shows it to the head of the Palad office only.
        Assert.Single((await naphaporn.GetJsonAsync("/api/memos?box=inbox"))["items"]!.AsArray());
        Assert.Empty((await worawit.GetJsonAsync("/api/memos?box=inbox"))["items"]!.AsArray());

        _app.Clock.Advance(TimeSpan.FromHours(1));
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office", comment = "เห็นควรเสนอปลัดพิจารณา" }));
        // Same person, next step, second capacity: a repeat of the first request (its answer lost) must not act again;
        // it answers with the first result, and the events below show one endorsement at head-of-office.
        var repeat = await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office", comment = "เห็นควรเสนอปลัดพิจารณา" }));
        Assert.Equal("palad", repeat["currentStep"]!["id"]!.GetValue<string>());
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "palad", comment = "เพื่อโปรดพิจารณาอนุมัติ" }));
        _app.Clock.Advance(TimeSpan.FromHours(2));
        var approved = await worawit.OkAsync(await worawit.PostAsync($"/api/memos/{id}/approve", new { stepId = "nayok", comment = "เห็นชอบดำเนินการตามเสนอ" }));

        Assert.Equal("approved", approved["status"]!.GetValue<string>());
        Assert.Null(approved["currentStep"]);
        var endorsements = approved["endorsements"]!.AsArray().Select(e => e!.AsObject()).ToList();
        Assert.Equal(["head-of-office", "palad", "nayok"], endorsements.Select(e => e["stepId"]!.GetValue<string>()));
        Assert.Equal(["endorse", "endorse", "approve"], endorsements.Select(e => e["action"]!.GetValue<string>()));
        Assert.Equal(["naphaporn", "naphaporn", "worawit"], endorsements.Select(e => e["actor"]!["username"]!.GetValue<string>()));
        Assert.Equal(["holder", "acting", "holder"], endorsements.Select(e => e["capacity"]!["kind"]!.GetValue<string>()));
        Assert.Equal("หัวหน้าสำนักปลัด", endorsements[0]["capacity"]!["text"]!.GetValue<string>());
        Assert.Equal("หัวหน้าสำนักปลัด รักษาราชการแทน ปลัดองค์การบริหารส่วนตำบลภูซาง", endorsements[1]["capacity"]!["text"]!.GetValue<string>());
        Assert.Equal("นายกองค์การบริหารส่วนตำบลภูซาง", endorsements[2]["capacity"]!["text"]!.GetValue<string>());
        Assert.Equal("เพื่อโปรดพิจารณาอนุมัติ", endorsements[1]["comment"]!.GetValue<string>());
        Assert.Equal(KasianApp.Start.AddHours(1), endorsements[0]["at"]!.GetValue<DateTimeOffset>());
        Assert.Equal("๒๔ พ.ย. ๒๕๖๙ ๑๐:๐๐ น.", endorsements[0]["atThai"]!.GetValue<string>());

        // The audit log holds every step, in order, and anyone in the organisation can read it.
        var events = await admin.Http.GetFromJsonAsync<JsonArray>($"/api/memos/{id}/events");
        Assert.Equal(
            ["MemoCreated", "AttachmentAdded", "MemoSubmitted", "StepOpened", "StepEndorsed", "StepOpened", "StepEndorsed", "StepOpened", "MemoApproved"],
            events!.Select(e => e!["type"]!.GetValue<string>()));
        Assert.Equal(Enumerable.Range(1, 9), events!.Select(e => e!["sequence"]!.GetValue<int>()));

        // A decided memo stays decided.
        var again = await worawit.PostAsync($"/api/memos/{id}/reject", new { stepId = "nayok", reason = "ทบทวน" });
        await ApiClient.ProblemAsync(again, System.Net.HttpStatusCode.Conflict, "already-decided");
    }
}

public sealed class SqliteSeedMemoWalkTests() : SeedMemoWalkTests(TestDatabase.Sqlite());

public sealed class PostgreSqlSeedMemoWalkTests() : SeedMemoWalkTests(TestDatabase.PostgreSql());
