using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Reminders;

namespace Kasian.Core.Tests.Engine;

/// <summary><see cref="MemoEngine.Evolve"/> is the one place a memo's facts change: each event sets what it says, at its instant.</summary>
public class ProjectionTests
{
    private static readonly MemoContent Written = MemoHarness.Text("รายงานผล ITA", Urgency.Urgent);

    [Fact]
    public void Creation_sets_the_whole_content_the_route_and_the_signing_post()
    {
        var memo = MemoHarness.InternalMemo();
        memo.State = MemoState.Unwritten(People.Thapthim.Id);

        var created = Assert.IsType<MemoCreated>(Assert.Single(memo.Do(People.Thapthim, new Create(Written, "นักทรัพยากรบุคคล"))));

        Assert.Equal(Written, created.Content);
        Assert.Equal("internal-memo", created.RouteId);
        var s = memo.State;
        Assert.Equal((MemoStatus.Draft, Written, "internal-memo", "นักทรัพยากรบุคคล"), (s.Status, s.Content, s.RouteId, s.OriginatorPositionTitle));
        Assert.Equal((memo.Now, memo.Now, 1, Unrecorded.None), (s.CreatedAt, s.UpdatedAt, s.LastSequence, s.Unrecorded));
        memo.AssertRefused(RefusalCode.AlreadyCreated, People.Thapthim, new Create(Written, "นักทรัพยากรบุคคล"));
    }

    [Fact]
    public void An_edit_records_and_sets_the_whole_new_content()
    {
        var memo = MemoHarness.InternalMemo();
        memo.Now = memo.Now.AddHours(1);

        var edited = Assert.IsType<MemoEdited>(Assert.Single(memo.Do(People.Thapthim, new Revise(Written))));

        Assert.Equal(Written, edited.Content);
        Assert.Equal(Written.Subject, edited.Subject);
        Assert.Equal((Written, Urgency.Urgent, memo.Now), (memo.State.Content, memo.State.Urgency, memo.State.UpdatedAt));
    }

    [Fact]
    public void Submission_sets_the_number_the_date_and_the_first_step_clock()
    {
        // 20:30 UTC is already the next day in Bangkok: วันที่ is the Bangkok date.
        var memo = MemoHarness.InternalMemo();
        memo.Now = new DateTimeOffset(2025, 2, 10, 20, 30, 0, TimeSpan.Zero);

        var opened = memo.Do(People.Thapthim, new Submit(MemoHarness.SeedNumber)).OfType<StepOpened>().Single();

        var s = memo.State;
        Assert.Equal((MemoHarness.SeedNumber.Thai, 2568, 119, 1, new DateOnly(2025, 2, 11)), (s.Number, s.RegisterYear, s.Sequence, s.RouteVersion, s.MemoDate));
        Assert.Equal((MemoStatus.Pending, 1, "head-of-office", "head-of-palad-office"), (s.Status, s.Round, s.CurrentStepId, s.CurrentPosition));
        Assert.NotNull(opened.DueAt);
        Assert.Equal((memo.Now, opened.DueAt, opened.DueAt, 0, 2), (s.StepOpenedAt, s.DueAt, s.NextReminderAt, s.RemindersSent, s.LastSequence));
    }

    [Fact]
    public void A_reminder_sets_the_count_and_the_next_look_but_not_the_last_change()
    {
        var memo = MemoHarness.InternalMemo().Submitted();
        var (changed, due) = (memo.State.UpdatedAt, memo.State.DueAt!.Value);
        memo.Now = due.AddMinutes(1);

        var sent = Assert.IsType<ReminderSent>(Assert.Single(memo.Do(Actor.System, new Remind("head-of-office", 1, 1, ["naphaporn"]))));

        var second = ReminderSchedule.TimeOf(TestRoutes.InternalMemo.Steps[0], memo.Calendar, due, 2);
        Assert.Equal(second, sent.Next!.At);
        Assert.True(second > due);
        Assert.Equal((1, second, changed, due), (memo.State.RemindersSent, memo.State.NextReminderAt, memo.State.UpdatedAt, memo.State.DueAt));
    }

    [Fact]
    public void An_escalation_stops_the_sweep_looking_and_a_closing_act_clears_the_step_clock()
    {
        var memo = MemoHarness.InternalMemo().Submitted();
        memo.Now = memo.Now.AddDays(10);

        memo.Do(Actor.System, new Escalate("head-of-office", 1, ["naphaporn"]));
        Assert.Null(memo.State.NextReminderAt);
        Assert.NotNull(memo.State.DueAt);

        memo.Do(People.Naphaporn, new ReturnForRevision("head-of-office", "แก้ตัวเลข"));
        var s = memo.State;
        Assert.Equal((MemoStatus.Returned, null, null, null, null, null), (s.Status, s.CurrentStepId, s.CurrentPosition, s.StepOpenedAt, s.DueAt, s.NextReminderAt));
        Assert.Equal(memo.Now, s.UpdatedAt);
    }

    [Fact]
    public void Events_recorded_before_issue_11_leave_what_they_did_not_say_unrecorded_until_a_later_event_says_it()
    {
        var at = MemoHarness.SeedMorning;
        var state = MemoEngine.Evolve(MemoState.Unwritten(People.Thapthim.Id), new MemoCreated("เรื่องเดิม", "internal-memo"), at);
        Assert.Equal(Unrecorded.Content | Unrecorded.OriginatorPositionTitle, state.Unrecorded);
        Assert.Equal("เรื่องเดิม", state.Content.Subject);

        state = MemoEngine.Evolve(state, new MemoEdited("เรื่องใหม่", Written), at);
        Assert.Equal(Unrecorded.OriginatorPositionTitle, state.Unrecorded);
        state = MemoEngine.Evolve(state, new MemoEdited("แก้อีก"), at);
        Assert.Equal((Unrecorded.Content | Unrecorded.OriginatorPositionTitle, "แก้อีก"), (state.Unrecorded, state.Content.Subject));

        state = MemoEngine.Evolve(state, new StepOpened("head-of-office", "head-of-palad-office", 1, at), at);
        state = MemoEngine.Evolve(state, new ReminderSent("head-of-office", 1, 1, ["naphaporn"]), at);
        Assert.True(state.Unrecorded.HasFlag(Unrecorded.NextReminderAt));
        state = MemoEngine.Evolve(state, new StepOpened("palad", "palad", 1, null), at);
        Assert.False(state.Unrecorded.HasFlag(Unrecorded.NextReminderAt));
    }
}
