using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kasian.Core.Memos;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Tests.Hardening;

/// <summary>
/// A request sent again because its answer was lost does nothing twice: a memo created with an Idempotency-Key is
/// created once, and a step action repeated by the person whose act moved the memo on answers with that act's result.
/// </summary>
public abstract class IdempotencyTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database);
    private ApiClient _thapthim = null!;

    public async Task InitializeAsync() => _thapthim = await _app.SignInAsync("thapthim");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_same_key_and_body_twice_make_one_memo_and_the_same_answer()
    {
        var before = await MemoCountAsync();
        var first = await CreateAsync(_thapthim, "key-0001", "ขออนุมัติจัดซื้อวัสดุ");
        _app.Clock.Advance(TimeSpan.FromHours(23));
        var again = await CreateAsync(await _app.SignInAsync("thapthim"), "key-0001", "ขออนุมัติจัดซื้อวัสดุ");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, again.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(before + 1, await MemoCountAsync());
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_make_one_memo()
    {
        var before = await MemoCountAsync();
        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _app.SignInAsync("thapthim")));

        var answers = await Task.WhenAll(clients.Select(c => CreateAsync(c, "same-moment", "พร้อมกัน")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var ids = await Task.WhenAll(answers.Select(async a => JsonNode.Parse(await a.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>()));
        Assert.Single(ids.Distinct());
        Assert.Equal(before + 1, await MemoCountAsync());
        Assert.Equal(1, await _app.WithDbAsync(db => db.IdempotentRequests.CountAsync()));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused_and_changes_nothing()
    {
        await CreateAsync(_thapthim, "key-0002", "เรื่องแรก");
        var before = await StoredState.ReadAsync(_app);

        var reused = await CreateAsync(_thapthim, "key-0002", "เรื่องที่สอง");

        await ApiClient.ProblemAsync(reused, HttpStatusCode.UnprocessableEntity, "idempotency-key-reused");
        Assert.Equal(before, await StoredState.ReadAsync(_app));
    }

    [Fact]
    public async Task Keys_are_per_person_and_last_a_day()
    {
        var mine = await CreateAsync(_thapthim, "shared-key", "เรื่องเดียวกัน");
        var worawit = await _app.SignInAsync("worawit");
        var theirs = await CreateAsync(worawit, "shared-key", "เรื่องเดียวกัน");
        Assert.NotEqual(await IdOf(mine), await IdOf(theirs));

        _app.Clock.Advance(TimeSpan.FromHours(24));
        var thapthim = await _app.SignInAsync("thapthim");
        var dayLater = await CreateAsync(thapthim, "shared-key", "เรื่องเดียวกัน");
        Assert.NotEqual(await IdOf(mine), await IdOf(dayLater));
    }

    [Fact]
    public async Task A_malformed_key_is_refused_naming_the_header()
    {
        var before = await StoredState.ReadAsync(_app);
        foreach (var key in new[] { new string('k', 201), "two words" })
        {
            var problem = await ApiClient.ProblemAsync(await CreateAsync(_thapthim, key, "เรื่อง"), HttpStatusCode.BadRequest, "validation-failed");
            Assert.NotNull(problem["errors"]!["Idempotency-Key"]);
        }
        Assert.Equal(before, await StoredState.ReadAsync(_app));
    }

    [Fact]
    public async Task A_repeated_endorsement_answers_with_its_first_result_and_endorses_once()
    {
        var id = await _thapthim.CreateAndSubmitAsync("ส่งซ้ำเพราะคำตอบหาย");
        var naphaporn = await _app.SignInAsync("naphaporn");
        var body = new { stepId = "head-of-office", comment = "เห็นควรเสนอ" };

        var first = await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", body));
        var repeat = await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", body));

        Assert.Equal(first.ToJsonString(), repeat.ToJsonString());
        Assert.Equal(1, await CountAsync(id, "StepEndorsed"));

        // The brief answer of a repeat is where the first act left the memo, even after the memo has moved on since.
        var brief = await BriefAsync(naphaporn, id, "endorse", new { stepId = "palad", comment = "เพื่อโปรดพิจารณา" });
        Assert.Equal(("nayok", 7), (brief["currentStepId"]!.GetValue<string>(), brief["version"]!.GetValue<int>()));
        var briefRepeat = await BriefAsync(naphaporn, id, "endorse", new { stepId = "palad", comment = "เพื่อโปรดพิจารณา" });
        Assert.Equal(brief.ToJsonString(), briefRepeat.ToJsonString());
        var worawit = await _app.SignInAsync("worawit");
        await worawit.OkAsync(await worawit.PostAsync($"/api/memos/{id}/approve", new { stepId = "nayok" }));
        Assert.Equal(brief.ToJsonString(), (await BriefAsync(naphaporn, id, "endorse", new { stepId = "palad", comment = "เพื่อโปรดพิจารณา" })).ToJsonString());
        Assert.Equal(2, await CountAsync(id, "StepEndorsed"));

        // A decision repeated is answered too, not refused as already decided.
        var approvedAgain = await worawit.OkAsync(await worawit.PostAsync($"/api/memos/{id}/approve", new { stepId = "nayok" }));
        Assert.Equal("approved", approvedAgain["status"]!.GetValue<string>());
        Assert.Equal(1, await CountAsync(id, "MemoApproved"));
    }

    [Fact]
    public async Task A_repeated_return_answers_with_its_first_result()
    {
        var id = await _thapthim.CreateAndSubmitAsync("ส่งคืนซ้ำ");
        var naphaporn = await _app.SignInAsync("naphaporn");
        var body = new { stepId = "head-of-office", reason = "แนบเอกสารเพิ่ม" };
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/return", body));

        var repeat = await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/return", body));

        Assert.Equal("returned", repeat["status"]!.GetValue<string>());
        Assert.Equal(1, await CountAsync(id, "MemoReturned"));
    }

    [Fact]
    public async Task Anyone_elses_stale_action_or_other_words_still_get_step_moved_on()
    {
        var id = await _thapthim.CreateAndSubmitAsync("คนอื่นส่งช้า");
        var naphaporn = await _app.SignInAsync("naphaporn");
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office", comment = "เห็นควรเสนอ" }));
        var before = await StoredState.ReadAsync(_app);

        var worawit = await _app.SignInAsync("worawit");
        await ApiClient.ProblemAsync(await worawit.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office", comment = "เห็นควรเสนอ" }),
            HttpStatusCode.Conflict, "step-moved-on");
        await ApiClient.ProblemAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office", comment = "ความเห็นอื่น" }),
            HttpStatusCode.Conflict, "step-moved-on");
        await ApiClient.ProblemAsync(await naphaporn.PostAsync($"/api/memos/{id}/return", new { stepId = "head-of-office", reason = "เห็นควรเสนอ" }),
            HttpStatusCode.Conflict, "step-moved-on");
        Assert.Equal(before, await StoredState.ReadAsync(_app));
        Assert.Equal(1, await CountAsync(id, "StepEndorsed"));
    }

    private static async Task<HttpResponseMessage> CreateAsync(ApiClient client, string key, string subject)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/memos")
        {
            Content = JsonContent.Create(new { unit = "สำนักปลัด", subject, to = "นายกองค์การบริหารส่วนตำบลภูซาง", body = "ข้อเท็จจริง" }),
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return await client.Http.SendAsync(request);
    }

    private static async Task<JsonObject> BriefAsync(ApiClient client, Guid id, string action, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/memos/{id}/{action}") { Content = JsonContent.Create(body) };
        request.Headers.Add("Prefer", "return=minimal");
        return await client.OkAsync(await client.Http.SendAsync(request));
    }

    private static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
    }

    private Task<int> MemoCountAsync() => _app.WithDbAsync(db => db.Memos.CountAsync());

    private Task<int> CountAsync(Guid memo, string type) =>
        _app.WithDbAsync(db => db.MemoEvents.CountAsync(e => e.MemoId == new MemoId(memo) && e.Type == type));
}

public sealed class SqliteIdempotencyTests() : IdempotencyTests(TestDatabase.Sqlite());

public sealed class PostgreSqlIdempotencyTests() : IdempotencyTests(TestDatabase.PostgreSql());
