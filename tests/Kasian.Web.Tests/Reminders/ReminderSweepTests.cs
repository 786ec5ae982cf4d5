using System.Text.Json.Nodes;
using Kasian.Web.Data;
using Kasian.Web.Memos;
using Kasian.Web.Reminders;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Kasian.Web.Tests.Reminders.ReminderHarness;

namespace Kasian.Web.Tests.Reminders;

/// <summary>
/// The sweep on the fake clock, with the repository's internal-memo route: head-of-office is due one
/// working day after submission (Tue 09:00 → Wed 09:00), reminded every 4 office hours at most 3 times
/// (Wed 09:00, Wed 13:00, Thu 09:00), then escalated to the palad post (Thu 13:00).
/// </summary>
public abstract class ReminderSweepTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database, Settings());
    private ApiClient _thapthim = null!;

    public async Task InitializeAsync() => _thapthim = await _app.SignInAsync("thapthim");

    /// <summary>Signed in afresh: tokens last eight hours on the fake clock, which these tests move days ahead.</summary>
    private Task<ApiClient> Naphaporn() => _app.SignInAsync("naphaporn");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_first_reminder_comes_when_the_step_falls_due_and_not_before()
    {
        var id = await _thapthim.SubmitAsync("internal-memo");
        var memo = await _app.MemoAsync(id);
        Assert.Equal(Bangkok(25, 9), memo.DueAt);
        Assert.Equal(Bangkok(25, 9), memo.NextReminderAt);

        await _app.SweepAtAsync(Bangkok(25, 8, 59));
        Assert.Empty(await _app.LedgerAsync(id));

        await _app.SweepAtAsync(Bangkok(25, 9));
        await _app.SweepAtAsync(Bangkok(25, 9, 1));
        var ledger = Assert.Single(await _app.LedgerAsync(id));
        Assert.Equal((1, "head-of-office", ReminderKind.Reminder), (ledger.ReminderNumber, ledger.StepId, ledger.Kind));
        var sent = Assert.Single(await _app.EventsAsync(id), e => e.Type == "ReminderSent");
        Assert.Equal("kasian", sent.ActorUsername);
        memo = await _app.MemoAsync(id);
        Assert.Equal((1, Bangkok(25, 13)), (memo.RemindersSent, memo.NextReminderAt));

        var inbox = await (await Naphaporn()).GetJsonAsync("/api/notifications");
        Assert.Equal(1, inbox["unread"]!.GetValue<int>());
        var note = inbox["items"]!.AsArray().Single()!;
        Assert.Contains("ที่ พย ๗๒๔๐๑/๑๑๙", note["title"]!.GetValue<string>());
        Assert.Contains("ความเห็นหัวหน้าสำนักปลัด", note["text"]!.GetValue<string>());
        Assert.Equal($"{PublicBaseUrl}/memos/{id}", note["link"]!.GetValue<string>());
        Assert.Equal(1, (await (await Naphaporn()).GetJsonAsync("/api/notifications/unread-count"))["count"]!.GetValue<int>());
        Assert.Equal(0, (await (await _app.SignInAsync("thapthim")).GetJsonAsync("/api/notifications/unread-count"))["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Reminders_repeat_every_interval_up_to_the_maximum_then_the_step_escalates_once()
    {
        var id = await _thapthim.SubmitAsync("internal-memo");
        foreach (var at in new[] { Bangkok(25, 9), Bangkok(25, 12, 59), Bangkok(25, 13), Bangkok(25, 16), Bangkok(26, 9), Bangkok(26, 12, 59) })
            await _app.SweepAtAsync(at);
        Assert.Equal([1, 2, 3], (await _app.LedgerAsync(id)).Select(r => r.ReminderNumber));
        Assert.Equal(Bangkok(26, 13), (await _app.MemoAsync(id)).NextReminderAt);

        await _app.SweepAtAsync(Bangkok(26, 13));
        foreach (var day in new[] { 27, 30 }) await _app.SweepAtAsync(Bangkok(day, 15));

        var ledger = await _app.LedgerAsync(id);
        Assert.Equal([1, 2, 3, 4], ledger.Select(r => r.ReminderNumber));
        Assert.Equal(ReminderKind.Escalation, ledger[3].Kind);
        Assert.Null((await _app.MemoAsync(id)).NextReminderAt);

        var timeline = JsonNode.Parse(await (await Naphaporn()).Http.GetStringAsync($"/api/memos/{id}/events"))!.AsArray();
        var escalated = timeline.Single(e => e!["type"]!.GetValue<string>() == "StepEscalated")!;
        Assert.Contains("palad", escalated.ToJsonString());
        var events = await _app.EventsAsync(id);
        Assert.Equal(3, events.Count(e => e.Type == "ReminderSent"));
        var payload = (Kasian.Core.Engine.StepEscalated)EventJson.Deserialize(events.Single(e => e.Type == "StepEscalated").Payload);
        Assert.Equal("palad", payload.ToPosition);
        Assert.Equal(["naphaporn"], payload.Recipients);

        // The acting palad is told of the escalation (in-app and by e-mail, her choice in the demo data).
        var titles = (await (await Naphaporn()).GetJsonAsync("/api/notifications"))["items"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToList();
        Assert.Equal(4, titles.Count);
        Assert.Contains(titles, t => t.Contains("ยกระดับ"));
    }

    [Fact]
    public async Task Nothing_more_is_sent_for_a_step_once_the_approver_has_acted()
    {
        var id = await _thapthim.SubmitAsync("internal-memo");
        await _app.SweepAtAsync(Bangkok(25, 9));
        var naphaporn = await Naphaporn();
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office", comment = "เห็นควรเสนอ" }));
        var memo = await _app.MemoAsync(id);
        Assert.Equal(("palad", 0), (memo.CurrentStepId, memo.RemindersSent));
        Assert.Equal(Bangkok(26, 9), memo.NextReminderAt);

        await _app.SweepAtAsync(Bangkok(25, 13));
        await _app.SweepAtAsync(Bangkok(25, 16));
        Assert.Equal([("head-of-office", 1)], (await _app.LedgerAsync(id)).Select(r => (r.StepId, r.ReminderNumber)));

        // The next step keeps its own schedule; once the memo is decided nothing is due at all.
        await _app.SweepAtAsync(Bangkok(26, 9));
        naphaporn = await Naphaporn();
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "palad" }));
        var worawit = await _app.SignInAsync("worawit");
        await worawit.OkAsync(await worawit.PostAsync($"/api/memos/{id}/approve", new { stepId = "nayok" }));
        Assert.Null((await _app.MemoAsync(id)).NextReminderAt);
        await _app.SweepAtAsync(Bangkok(30, 15));
        Assert.Equal([("head-of-office", 1), ("palad", 1)], (await _app.LedgerAsync(id)).Select(r => (r.StepId, r.ReminderNumber)));
    }

    [Fact]
    public async Task After_an_outage_each_step_gets_one_catch_up_not_a_flood()
    {
        // daily-reminders: due an hour after submission, then daily, at most 5. Three days down: reminders
        // 1–3 fell in the outage; one catch-up (number 3) is sent and 1–2 are skipped.
        var daily = await _thapthim.SubmitAsync("daily-reminders", "เรื่องที่ค้างช่วงระบบล่ม");
        // internal-memo: three days cover all three reminders and the escalation; the catch-up is the escalation alone.
        var internalMemo = await _thapthim.SubmitAsync("internal-memo", "เรื่องที่สองช่วงระบบล่ม");

        var back = KasianApp.Start.AddDays(3);
        await _app.SweepAtAsync(back);
        await _app.SweepAtAsync(back.AddMinutes(1));

        Assert.Equal([3], (await _app.LedgerAsync(daily)).Select(r => r.ReminderNumber));
        Assert.Single(await _app.EventsAsync(daily), e => e.Type == "ReminderSent");
        Assert.Equal(KasianApp.Start.AddHours(1).AddDays(3), (await _app.MemoAsync(daily)).NextReminderAt);
        var escalation = Assert.Single(await _app.LedgerAsync(internalMemo));
        Assert.Equal(ReminderKind.Escalation, escalation.Kind);
        Assert.Equal(2, (await (await Naphaporn()).GetJsonAsync("/api/notifications"))["unread"]!.GetValue<int>());

        // And the schedule carries on from there.
        await _app.SweepAtAsync(KasianApp.Start.AddHours(1).AddDays(3));
        Assert.Equal([3, 4], (await _app.LedgerAsync(daily)).Select(r => r.ReminderNumber));
    }

    [Fact]
    public async Task Two_sweeps_racing_record_each_reminder_exactly_once()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 12; i++) ids.Add(await _thapthim.SubmitAsync("internal-memo", $"เรื่องที่ {i}"));
        var at = Bangkok(25, 9);
        _app.Clock.SetUtcNow(at);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => _app.SweepAtAsync(at))));

        foreach (var id in ids)
        {
            Assert.Equal([1], (await _app.LedgerAsync(id)).Select(r => r.ReminderNumber));
            Assert.Single(await _app.EventsAsync(id), e => e.Type == "ReminderSent");
        }
        var deliveries = await _app.WithDbAsync(db => db.NotificationDeliveries.AsNoTracking().ToListAsync());
        // naphaporn for each memo, in-app only: no SMTP host is configured here, so e-mail is off.
        Assert.Equal(12, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal("in-app", d.Channel));
        Assert.Equal(12, (await (await Naphaporn()).GetJsonAsync("/api/notifications"))["unread"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_reminder_racing_an_approver_never_outlives_the_step()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 8; i++) ids.Add(await _thapthim.SubmitAsync("internal-memo", $"แข่งกับการเตือน {i}"));
        var at = Bangkok(25, 9);
        _app.Clock.SetUtcNow(at);

        var naphaporn = await Naphaporn();
        var endorsements = ids.Select(id => naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office" }));
        await Task.WhenAll([.. endorsements, Task.Run(() => _app.SweepAtAsync(at)), Task.Run(() => _app.SweepAtAsync(at))]);
        await _app.SweepAtAsync(at);

        foreach (var id in ids)
        {
            var events = await _app.EventsAsync(id);
            Assert.Equal(Enumerable.Range(1, events.Count), events.Select(e => e.Sequence));
            // No reminder of the first step is recorded after it was endorsed.
            var endorsed = events.FirstOrDefault(e => e.Type == "StepEndorsed")?.Sequence ?? int.MaxValue;
            Assert.DoesNotContain(events, e => e.Type == "ReminderSent" && e.Sequence > endorsed && e.Payload.Contains("head-of-office"));
        }
    }
}

public sealed class SqliteReminderSweepTests() : ReminderSweepTests(TestDatabase.Sqlite());

public sealed class PostgreSqlReminderSweepTests() : ReminderSweepTests(TestDatabase.PostgreSql());
