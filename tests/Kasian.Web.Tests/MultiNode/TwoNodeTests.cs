using System.Net;
using System.Security.Cryptography;
using Kasian.Web.Tests.Infrastructure;
using Npgsql;

namespace Kasian.Web.Tests.MultiNode;

/// <summary>
/// Two Kasian.Web processes on one PostgreSQL, requests spread across both as a load balancer would:
/// no lost or duplicated transition, no duplicated or skipped number.
/// </summary>
[Collection(nameof(SeparateProcesses))]
public sealed class TwoNodeTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.PostgreSql();
    private KasianNode _a = null!;
    private KasianNode _b = null!;

    public async Task InitializeAsync()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        // Started together: both migrate, load routes and seed at once, as nodes restarted by an orchestrator do.
        _a = KasianNode.Start(_database, key);
        _b = KasianNode.Start(_database, key);
        await Task.WhenAll(_a.WaitReadyAsync(TimeSpan.FromSeconds(180)), _b.WaitReadyAsync(TimeSpan.FromSeconds(180)));
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_seed_memo_walks_the_chain_with_requests_alternating_between_nodes()
    {
        var thapthim = await _a.SignInAsync("thapthim");
        var naphapornOnB = await _b.SignInAsync("naphaporn");
        var naphapornOnA = await _a.SignInAsync("naphaporn");
        var worawit = await _b.SignInAsync("worawit");

        var id = (await thapthim.GetJsonAsync("/api/memos?box=sent&status=draft"))["items"]!.AsArray().Single()!["id"]!.GetValue<Guid>();
        await thapthim.OkAsync(await thapthim.PostAsync($"/api/memos/{id}/submit"));
        await naphapornOnB.OkAsync(await naphapornOnB.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office", comment = "เห็นควรเสนอ" }));
        await naphapornOnA.OkAsync(await naphapornOnA.PostAsync($"/api/memos/{id}/endorse", new { stepId = "palad", comment = "เพื่อโปรดพิจารณาอนุมัติ" }));
        var approved = await worawit.OkAsync(await worawit.PostAsync($"/api/memos/{id}/approve", new { stepId = "nayok" }));

        Assert.Equal("approved", approved["status"]!.GetValue<string>());
        Assert.Equal("พย ๗๒๔๐๑/๑๑๙", approved["number"]!["th"]!.GetValue<string>());
        Assert.Equal(3, approved["endorsements"]!.AsArray().Count);
    }

    [Fact]
    public async Task Concurrent_actions_and_submissions_through_both_nodes_lose_nothing_and_duplicate_nothing()
    {
        const int memos = 30;
        var originators = new[] { await _a.SignInAsync("thapthim"), await _b.SignInAsync("thapthim") };
        var ids = new List<Guid>();
        for (var i = 0; i < memos; i++)
            ids.Add((await originators[i % 2].CreateMemoAsync($"เรื่องที่ {i}"))["id"]!.GetValue<Guid>());

        // One connection per request, each node's signed in once (sign-ins themselves are limited, Security/SignInLimitTests).
        var submitters = ids.Select((_, i) => originators[i % 2].Twin(new HttpClient { BaseAddress = (i % 2 == 0 ? _a : _b).Address })).ToArray();
        var submitted = await Task.WhenAll(ids.Select((id, i) => submitters[i].PostAsync($"/api/memos/{id}/submit")));
        Assert.All(submitted, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        // Every memo's first step endorsed twice at once, once through each node: one winner each.
        var (naphapornOnA, naphapornOnB) = (await _a.SignInAsync("naphaporn"), await _b.SignInAsync("naphaporn"));
        var onA = ids.Select(_ => naphapornOnA.Twin(new HttpClient { BaseAddress = _a.Address })).ToArray();
        var onB = ids.Select(_ => naphapornOnB.Twin(new HttpClient { BaseAddress = _b.Address })).ToArray();
        var raced = await Task.WhenAll(ids.SelectMany((id, i) => new[]
        {
            onA[i].PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office", comment = "A" }),
            onB[i].PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office", comment = "B" }),
        }));
        Assert.Equal(memos, raced.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(memos, raced.Count(r => r.StatusCode == HttpStatusCode.Conflict));

        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal(Enumerable.Range(119, memos).ToList(),
            await ReadIntsAsync(connection, "SELECT \"Sequence\" FROM \"Memos\" WHERE \"Sequence\" IS NOT NULL ORDER BY 1"));
        Assert.Equal([memos], await ReadIntsAsync(connection, "SELECT COUNT(*)::int FROM \"MemoEvents\" WHERE \"Type\" = 'StepEndorsed'"));
        Assert.Equal([0], await ReadIntsAsync(connection, "SELECT COUNT(*)::int FROM (SELECT \"MemoId\" FROM \"MemoEvents\" WHERE \"Type\" = 'StepEndorsed' GROUP BY \"MemoId\" HAVING COUNT(*) > 1) d"));
        Assert.Equal([memos], await ReadIntsAsync(connection, "SELECT COUNT(*)::int FROM \"Memos\" WHERE \"CurrentStepId\" = 'palad'"));

        // Each turn (the first step opening on submission, the second on endorsement) told once, though both nodes' notifiers read every event.
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until && (await ReadIntsAsync(connection, "SELECT COUNT(*)::int FROM \"MemoNotices\"")).Single() < 2 * memos)
            await Task.Delay(250);
        Assert.Equal([2 * memos], await ReadIntsAsync(connection, "SELECT COUNT(*)::int FROM \"MemoNotices\""));
        Assert.Equal([2 * memos], await ReadIntsAsync(connection, "SELECT COUNT(*)::int FROM \"MemoEvents\" WHERE \"Type\" = 'StepOpened'"));
        Assert.Equal([0], await ReadIntsAsync(connection,
            "SELECT COUNT(*)::int FROM (SELECT 1 FROM \"NotificationDeliveries\" GROUP BY \"NoticeId\", \"RecipientId\", \"Channel\" HAVING COUNT(*) > 1) d"));
        Assert.Equal([2 * memos], await ReadIntsAsync(connection,
            "SELECT COUNT(*)::int FROM \"NotificationDeliveries\" d JOIN \"People\" p ON p.\"Id\" = d.\"RecipientId\" WHERE p.\"Username\" = 'naphaporn' AND d.\"Channel\" = 'in-app'"));
    }

    [Fact]
    public async Task A_page_cookie_and_antiforgery_token_issued_by_one_node_are_accepted_by_the_other()
    {
        // One browser, two nodes: the load balancer may send any request anywhere (no sticky sessions).
        var cookies = new CookieContainer();
        HttpClient Browser(KasianNode node) =>
            new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies }) { BaseAddress = node.Address };
        var toA = Browser(_a);
        var toB = Browser(_b);

        await PageForms.SignInAsync(toA, "naphaporn");
        var inbox = await toB.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        Assert.Contains("นางนภาพร ธาคำดี", await inbox.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var tokenFromB = await PageForms.TokenAsync(toB, "/");
        var signOutOnA = await toA.PostAsync("/signout", PageForms.Form(("__af", tokenFromB)));
        Assert.Equal(HttpStatusCode.Redirect, signOutOnA.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await toB.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Sweeps_run_on_both_nodes_at_once_send_each_reminder_exactly_once()
    {
        const int memos = 12;
        var thapthim = await _a.SignInAsync("thapthim");
        for (var i = 0; i < memos; i++) await thapthim.OkAsync(await thapthim.PostAsync($"/api/memos/{(await thapthim.CreateMemoAsync($"เตือน {i}"))["id"]}/submit"));

        // The processes keep real time, so "the due time has passed" is written into the rows rather than waited for.
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using (var overdue = new NpgsqlCommand("""UPDATE "Memos" SET "DueAt" = now() - interval '2 minutes', "NextReminderAt" = now() - interval '2 minutes' WHERE "Status" = 'Pending'""", connection))
            Assert.Equal(memos, await overdue.ExecuteNonQueryAsync());

        var admins = new[] { await _a.SignInAsync("admin"), await _b.SignInAsync("admin"), await _a.SignInAsync("admin"), await _b.SignInAsync("admin") };
        var sweeps = await Task.WhenAll(admins.SelectMany(a => new[] { a.PostAsync("/api/admin/reminders/sweep"), a.PostAsync("/api/admin/reminders/sweep") }));
        Assert.All(sweeps, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        // Both nodes' Hangfire servers work the shared queue; wait for the outcome (bounded), then check nothing doubled.
        var until = DateTime.UtcNow.AddSeconds(60);
        // Submitting told the step's holders too (TurnNotificationTests); these counts are the reminders' own.
        const string reminderNotices = """SELECT COUNT(*)::int FROM "Notifications" n JOIN "NotificationDeliveries" d ON d."Id" = n."Id" WHERE d."ReminderId" IS NOT NULL""";
        while (DateTime.UtcNow < until && (await ReadIntsAsync(connection, reminderNotices)).Single() < memos)
            await Task.Delay(250);
        Assert.Equal([memos], await ReadIntsAsync(connection, """SELECT COUNT(*)::int FROM "Reminders" """));
        Assert.Equal([memos], await ReadIntsAsync(connection, """SELECT COUNT(*)::int FROM "MemoEvents" WHERE "Type" = 'ReminderSent'"""));
        Assert.Equal([memos], await ReadIntsAsync(connection, reminderNotices));
        Assert.Equal([0], await ReadIntsAsync(connection,
            """SELECT COUNT(*)::int FROM (SELECT 1 FROM "NotificationDeliveries" WHERE "ReminderId" IS NOT NULL GROUP BY "ReminderId", "RecipientId", "Channel" HAVING COUNT(*) > 1) d"""));
    }

    private static async Task<List<int>> ReadIntsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<int>();
        while (await reader.ReadAsync()) values.Add(reader.GetInt32(0));
        return values;
    }
}

/// <summary>Tests that start their own Kasian processes run alone, not beside the in-process suites competing for two cores.</summary>
[CollectionDefinition(nameof(SeparateProcesses), DisableParallelization = true)]
public sealed class SeparateProcesses;
