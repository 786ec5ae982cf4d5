using System.Net;
using System.Text.Json.Nodes;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Inbox;

/// <summary>POST /api/memos/bulk: each item its own decision, its own events, its own refusal; a bad request acts on nothing.</summary>
public abstract class BulkDecideTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database);
    private ApiClient _thapthim = null!;
    private ApiClient _naphaporn = null!;
    private ApiClient _worawit = null!;

    public async Task InitializeAsync()
    {
        _thapthim = await _app.SignInAsync("thapthim");
        _naphaporn = await _app.SignInAsync("naphaporn");
        _worawit = await _app.SignInAsync("worawit");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<Guid> AtNayokAsync(string subject)
    {
        var id = await _thapthim.CreateAndSubmitAsync(subject);
        await _naphaporn.OkAsync(await _naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office" }));
        await _naphaporn.OkAsync(await _naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "palad" }));
        return id;
    }

    private async Task<(string Status, int Version, int Events)> StateAsync(Guid id)
    {
        var memo = await _thapthim.GetJsonAsync($"/api/memos/{id}");
        var events = await _thapthim.Http.GetStringAsync($"/api/memos/{id}/events");
        return (memo["status"]!.GetValue<string>(), memo["version"]!.GetValue<int>(), JsonNode.Parse(events)!.AsArray().Count);
    }

    [Fact]
    public async Task A_mix_of_acceptable_and_refused_items_changes_exactly_the_acceptable_ones()
    {
        var first = await AtNayokAsync("ขออนุมัติจัดซื้อวัสดุ ๑");
        var stale = await AtNayokAsync("ขออนุมัติจัดซื้อวัสดุ ๒");
        var notYet = await _thapthim.CreateAndSubmitAsync("ขออนุมัติจัดซื้อวัสดุ ๓");
        var second = await AtNayokAsync("ขออนุมัติจัดซื้อวัสดุ ๔");
        var unknown = Guid.NewGuid();
        var staleBefore = await StateAsync(stale);
        var notYetBefore = await StateAsync(notYet);

        var answer = await _worawit.OkAsync(await _worawit.PostAsync("/api/memos/bulk", new
        {
            action = "approve",
            comment = "เห็นชอบ",
            items = new object[]
            {
                new { memoId = first, stepId = "nayok" },
                new { memoId = stale, stepId = "palad" },
                new { memoId = notYet, stepId = "head-of-office" },
                new { memoId = unknown, stepId = "nayok" },
                new { memoId = second, stepId = "nayok" },
            },
        }));

        var results = answer["results"]!.AsArray();
        Assert.Equal([first, stale, notYet, unknown, second], results.Select(r => r!["memoId"]!.GetValue<Guid>()));
        Assert.Equal(["ok", "step-moved-on", "not-your-step", "not-found", "ok"], results.Select(r => r!["result"]!.GetValue<string>()));
        Assert.Equal("approved", results[0]!["status"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(results[1]!["detail"]!.GetValue<string>()));

        foreach (var id in new[] { first, second })
        {
            var memo = await _thapthim.GetJsonAsync($"/api/memos/{id}");
            Assert.Equal("approved", memo["status"]!.GetValue<string>());
            var approval = memo["endorsements"]!.AsArray().Last()!;
            Assert.Equal("approve", approval["action"]!.GetValue<string>());
            Assert.Equal("เห็นชอบ", approval["comment"]!.GetValue<string>());
            Assert.Equal("worawit", approval["actor"]!["username"]!.GetValue<string>());
        }
        Assert.Equal(staleBefore, await StateAsync(stale));
        Assert.Equal(notYetBefore, await StateAsync(notYet));
    }

    [Fact]
    public async Task Bulk_endorsement_records_one_endorsement_per_memo_with_its_own_events()
    {
        var a = await _thapthim.CreateAndSubmitAsync("เรื่อง ก");
        var b = await _thapthim.CreateAndSubmitAsync("เรื่อง ข");
        var before = await StateAsync(a);

        var answer = await _naphaporn.OkAsync(await _naphaporn.PostAsync("/api/memos/bulk", new
        {
            action = "endorse",
            comment = "เห็นควรเสนอ",
            items = new[] { new { memoId = a, stepId = "head-of-office" }, new { memoId = b, stepId = "head-of-office" } },
        }));

        Assert.All(answer["results"]!.AsArray(), r => Assert.Equal("palad", r!["currentStepId"]!.GetValue<string>()));
        foreach (var id in new[] { a, b })
        {
            var memo = await _thapthim.GetJsonAsync($"/api/memos/{id}");
            Assert.Equal("palad", memo["currentStep"]!["id"]!.GetValue<string>());
            Assert.Equal("เห็นควรเสนอ", memo["endorsements"]!.AsArray().Single()!["comment"]!.GetValue<string>());
        }
        var after = await StateAsync(a);
        Assert.True(after.Events > before.Events, "the endorsement appends the memo's own events");
    }

    [Fact]
    public async Task Approve_at_an_endorse_step_is_refused_for_that_item_alone()
    {
        var id = await _thapthim.CreateAndSubmitAsync("เรื่องที่ยังไม่ถึงนายก");
        var answer = await _naphaporn.OkAsync(await _naphaporn.PostAsync("/api/memos/bulk", new
        {
            action = "approve",
            items = new[] { new { memoId = id, stepId = "head-of-office" } },
        }));
        Assert.Equal("wrong-action-for-step", answer["results"]![0]!["result"]!.GetValue<string>());
        Assert.Equal("pending", (await StateAsync(id)).Status);
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { """{"action":"reject","comment":"x","items":[{"memoId":"{A}","stepId":"nayok"}]}""", "action" },
        { """{"action":"return","items":[{"memoId":"{A}","stepId":"nayok"}]}""", "action" },
        { """{"items":[{"memoId":"{A}","stepId":"nayok"}]}""", "action" },
        { """{"action":"approve","items":[]}""", "items" },
        { """{"action":"approve"}""", "items" },
        { """{"action":"approve","items":[{"memoId":"{A}","stepId":"nayok"},{"memoId":"{A}","stepId":"nayok"}]}""", "items[1].memoId" },
        { """{"action":"approve","items":[{"memoId":"{A}","stepId":"nayok"},{"stepId":"nayok"}]}""", "items[1].memoId" },
        { """{"action":"approve","items":[{"memoId":"{A}","stepId":"nayok"},{"memoId":"{B}","stepId":" "}]}""", "items[1].stepId" },
        { """{"action":"approve","items":[{"memoId":"{A}","stepId":"nayok"},null]}""", "items[1]" },
        { """{"action":"approve","comment":"{LONG}","items":[{"memoId":"{A}","stepId":"nayok"}]}""", "comment" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task An_invalid_request_is_refused_whole_and_acts_on_nothing(string json, string field)
    {
        var a = await AtNayokAsync("เรื่องที่ต้องไม่ถูกอนุมัติ");
        var body = json.Replace("{A}", a.ToString(), StringComparison.Ordinal).Replace("{B}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{LONG}", new string('ก', 4001), StringComparison.Ordinal);
        var before = await StoredState.ReadAsync(_app);

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var problem = await ApiClient.ProblemAsync(await _worawit.Http.PostAsync("/api/memos/bulk", content), HttpStatusCode.BadRequest, "validation-failed");

        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), $"expected an error on {field}: {problem}");
        Assert.Equal(before, await StoredState.ReadAsync(_app));
    }

    [Fact]
    public async Task More_than_fifty_items_are_refused_whole()
    {
        var a = await AtNayokAsync("เรื่องในรายการยาว");
        var items = new[] { new { memoId = a, stepId = "nayok" } }.Concat(Enumerable.Range(0, 50).Select(_ => new { memoId = Guid.NewGuid(), stepId = "nayok" })).ToArray();
        var before = await StoredState.ReadAsync(_app);
        await ApiClient.ProblemAsync(await _worawit.PostAsync("/api/memos/bulk", new { action = "approve", items }), HttpStatusCode.BadRequest, "validation-failed");
        Assert.Equal(before, await StoredState.ReadAsync(_app));
    }

    [Fact]
    public async Task Another_offices_account_finds_no_memo_of_this_office_and_changes_nothing()
    {
        var id = await AtNayokAsync("เรื่องของภูซาง");
        await Offices.AddAsync(_app);
        var outsider = await _app.SignInAsync(Offices.OtherAdmin, Offices.Password);
        var before = await StoredState.ReadAsync(_app);

        var answer = await outsider.OkAsync(await outsider.PostAsync("/api/memos/bulk", new { action = "approve", items = new[] { new { memoId = id, stepId = "nayok" } } }));

        Assert.Equal("not-found", answer["results"]![0]!["result"]!.GetValue<string>());
        Assert.Equal(before, await StoredState.ReadAsync(_app));
    }

    [Fact]
    public async Task Nobody_signed_in_gets_401()
    {
        var anonymous = _app.CreateClient();
        var response = await anonymous.PostAsync("/api/memos/bulk", new StringContent("""{"action":"approve","items":[]}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

public sealed class SqliteBulkDecideTests() : BulkDecideTests(TestDatabase.Sqlite());

public sealed class PostgreSqlBulkDecideTests() : BulkDecideTests(TestDatabase.PostgreSql());
