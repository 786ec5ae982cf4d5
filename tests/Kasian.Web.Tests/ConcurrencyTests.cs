using System.Net;
using Kasian.Web.Data;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Tests;

/// <summary>Two people acting at once get exactly one winner; concurrent submissions get consecutive, unique numbers.</summary>
public abstract class ConcurrencyTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Concurrent_submissions_take_consecutive_numbers_without_gap_or_duplicate()
    {
        const int count = 24;
        var thapthim = await _app.SignInAsync("thapthim");
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++) ids.Add((await thapthim.CreateMemoAsync($"เรื่องที่ {i}"))["id"]!.GetValue<Guid>());

        // Each submission on its own connection, all at once (signed in once: sign-ins themselves are limited, Security/SignInLimitTests).
        var clients = ids.Select(_ => thapthim.Twin(_app.CreateClient())).ToArray();
        var responses = await Task.WhenAll(ids.Select((id, i) => clients[i].PostAsync($"/api/memos/{id}/submit")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var sequences = await _app.WithDbAsync(db => db.Memos.Where(m => m.Sequence != null).Select(m => m.Sequence!.Value).ToListAsync());
        // The demo register starts after 118 so that the seed memo would be 119.
        Assert.Equal(Enumerable.Range(119, count), sequences.Order());
        var last = await _app.WithDbAsync(db => db.RegisterCounters.Select(r => r.Last).SingleAsync());
        Assert.Equal(118 + count, last);
    }

    [Fact]
    public async Task Two_simultaneous_endorsements_of_one_step_have_exactly_one_winner()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        for (var round = 0; round < 8; round++)
        {
            var id = await thapthim.CreateAndSubmitAsync($"แข่งกัน {round}");
            var a = await _app.SignInAsync("naphaporn");
            var b = await _app.SignInAsync("naphaporn");

            var results = await Task.WhenAll(
                a.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office", comment = "A" }),
                b.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office", comment = "B" }));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], results.Select(r => r.StatusCode).Order());
            var loser = results.Single(r => r.StatusCode == HttpStatusCode.Conflict);
            var problem = await ApiClient.ProblemAsync(loser, HttpStatusCode.Conflict, (await PeekCode(loser)));
            Assert.Contains(problem["code"]!.GetValue<string>(), new[] { "concurrent-action", "step-moved-on" });

            var endorsements = await _app.WithDbAsync(db => db.MemoEvents.CountAsync(e => e.MemoId == new Kasian.Core.Memos.MemoId(id) && e.Type == "StepEndorsed"));
            Assert.Equal(1, endorsements);
        }
    }

    private static async Task<string> PeekCode(HttpResponseMessage response)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return node["code"]!.GetValue<string>();
    }
}

public sealed class SqliteConcurrencyTests() : ConcurrencyTests(TestDatabase.Sqlite());

public sealed class PostgreSqlConcurrencyTests() : ConcurrencyTests(TestDatabase.PostgreSql());
