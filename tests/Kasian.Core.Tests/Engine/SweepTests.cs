using Kasian.Core.Engine;

namespace Kasian.Core.Tests.Engine;

/// <summary>The reminder sweep's changes are engine commands: refused unless the step still waits and the reminder is the one due now.</summary>
public class SweepTests
{
    private static readonly string[] Naphaporn = ["naphaporn"];

    [Fact]
    public void A_reminder_before_the_due_time_is_not_due()
    {
        var memo = MemoHarness.InternalMemo().Submitted();
        memo.AssertRefused(RefusalCode.NotDue, Actor.System, new Remind("head-of-office", 1, 1, Naphaporn));
    }

    [Fact]
    public void A_reminder_is_sent_once()
    {
        var memo = MemoHarness.InternalMemo().Submitted();
        memo.Now = memo.State.DueAt!.Value.AddMinutes(1);
        memo.Do(Actor.System, new Remind("head-of-office", 1, 1, Naphaporn));

        memo.AssertRefused(RefusalCode.NotDue, Actor.System, new Remind("head-of-office", 1, 1, Naphaporn));
    }

    [Fact]
    public void A_reminder_for_a_step_that_moved_on_or_a_closed_memo_is_refused()
    {
        var memo = MemoHarness.InternalMemo().AtPalad();
        memo.Now = memo.Now.AddDays(10);
        memo.AssertRefused(RefusalCode.StepMovedOn, Actor.System, new Remind("head-of-office", 1, 1, Naphaporn));
        memo.AssertRefused(RefusalCode.StepMovedOn, Actor.System, new Remind("palad", 2, 1, Naphaporn));

        memo.Do(People.Naphaporn, new Endorse("palad", null));
        memo.Do(People.Worawit, new Approve("nayok", null));
        memo.AssertRefused(RefusalCode.AlreadyDecided, Actor.System, new Escalate("nayok", 1, Naphaporn));
    }

    [Fact]
    public void After_the_last_reminder_the_step_escalates_to_the_routes_position_and_is_not_reminded()
    {
        var memo = MemoHarness.InternalMemo().Submitted();
        memo.Now = memo.State.DueAt!.Value.AddMinutes(1);
        memo.AssertRefused(RefusalCode.NotDue, Actor.System, new Escalate("head-of-office", 1, Naphaporn));

        memo.Now = memo.Now.AddDays(10);
        memo.AssertRefused(RefusalCode.NotDue, Actor.System, new Remind("head-of-office", 1, 4, Naphaporn));
        var escalated = Assert.IsType<StepEscalated>(Assert.Single(memo.Do(Actor.System, new Escalate("head-of-office", 1, Naphaporn))));

        Assert.Equal("palad", escalated.ToPosition);
        memo.AssertRefused(RefusalCode.NotDue, Actor.System, new Escalate("head-of-office", 1, Naphaporn));
    }

    [Fact]
    public void A_step_without_escalateTo_does_not_escalate()
    {
        var memo = MemoHarness.InternalMemo().AtPalad();
        memo.Now = memo.Now.AddDays(10);
        memo.AssertRefused(RefusalCode.NotDue, Actor.System, new Escalate("palad", 1, Naphaporn));
    }
}
