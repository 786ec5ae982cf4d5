using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Web.Data;
using Kasian.Web.Data.Sql;
using Kasian.Web.Memos;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kasian.Web.Tests.Reminders;

/// <summary>
/// A reminder that lands between an approver's read of the memo and their commit moves the memo's
/// concurrency token but not its step: the approver's action must still go through, not answer 409.
/// </summary>
public abstract class ReminderRaceTests(TestDatabase database) : IAsyncLifetime
{
    private readonly ReminderBetweenReadAndWrite _race = new();
    private KasianApp _app = null!;

    public Task InitializeAsync()
    {
        _app = new KasianApp(database);
        _race.App = _app;
        _app.Services.GetRequiredService<SqlSessions>().BetweenReadAndWrite = _race.RunAsync;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_endorsement_racing_a_reminder_still_goes_through_once()
    {
        var id = await (await _app.SignInAsync("thapthim")).CreateAndSubmitAsync("แข่งกับการเตือน");
        var naphaporn = await _app.SignInAsync("naphaporn");

        _race.Arm(id);
        var endorsed = await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office", comment = "เห็นควรเสนอ" }));

        Assert.True(_race.Fired, "the reminder was not appended between the read and the write");
        Assert.Equal("palad", endorsed["currentStep"]!["id"]!.GetValue<string>());
        var types = await _app.WithDbAsync(db => db.MemoEvents.Where(e => e.MemoId == new MemoId(id)).OrderBy(e => e.Sequence).Select(e => e.Type).ToListAsync());
        Assert.Equal(["MemoCreated", "MemoSubmitted", "StepOpened", "ReminderSent", "StepEndorsed", "StepOpened"], types);
    }

    /// <summary>Right after the action reads the memo, appends a reminder to it through another context, once.</summary>
    private sealed class ReminderBetweenReadAndWrite
    {
        private Guid? _armed;

        public KasianApp App { get; set; } = null!;

        public bool Fired { get; private set; }

        public void Arm(Guid memoId) => _armed = memoId;

        public async Task RunAsync(Guid memoId, CancellationToken ct)
        {
            if (_armed is { } id && id == memoId)
            {
                _armed = null;
                await OtherWriter.AppendAsync(App, id, memo => new ReminderSent(memo.CurrentStepId!, memo.Round, 1, ["naphaporn"], new ReminderFollowUp(memo.DueAt)), null, ct);
                Fired = true;
            }
        }
    }
}

public sealed class SqliteReminderRaceTests() : ReminderRaceTests(TestDatabase.Sqlite());

public sealed class PostgreSqlReminderRaceTests() : ReminderRaceTests(TestDatabase.PostgreSql());
