using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Organisation;

namespace Kasian.Core.Tests.Engine;

/// <summary>Who may act at which step: the checks every step action passes before its own rules.</summary>
public class StepGuardTests
{
    [Fact]
    public void Acting_twice_on_the_same_step_is_refused_as_moved_on()
    {
        var memo = MemoHarness.InternalMemo().AtPalad();

        var refusal = memo.Refused(People.Naphaporn, new Endorse("head-of-office", "คลิกซ้ำ"));

        Assert.Equal(RefusalCode.StepMovedOn, refusal.Code);
        Assert.Contains("palad", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Acting_on_a_step_not_yet_reached_is_refused_as_moved_on()
    {
        var memo = MemoHarness.InternalMemo().Submitted();

        memo.AssertRefused(RefusalCode.StepMovedOn, People.Worawit, new Approve("nayok", null));
    }

    [Fact]
    public void Acting_on_a_step_the_route_does_not_have_is_refused_as_moved_on()
    {
        var memo = MemoHarness.InternalMemo().Submitted();

        memo.AssertRefused(RefusalCode.StepMovedOn, People.Naphaporn, new Endorse("no-such-step", null));
    }

    [Fact]
    public void Someone_without_the_step_position_may_not_act()
    {
        var memo = MemoHarness.InternalMemo().Submitted();

        var refusal = memo.Refused(People.Worawit, new Endorse("head-of-office", null));

        Assert.Equal(RefusalCode.NotYourStep, refusal.Code);
        Assert.Contains("head-of-palad-office", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expired_acting_appointment_gives_no_right_to_act()
    {
        var memo = MemoHarness.InternalMemo().AtPalad();
        var afterActing = new Actor(People.Naphaporn.Id, Capacities.InForce(
            [
                new Appointment("head-of-palad-office", People.HeadOfOfficeTitle, CapacityKind.Holder, new(2019, 10, 1), null),
                new Appointment("palad", People.PaladTitle, CapacityKind.Acting, new(2024, 12, 1), new(2025, 1, 31)),
            ],
            People.SeedDay));

        memo.AssertRefused(RefusalCode.NotYourStep, afterActing, new Endorse("palad", null));
    }

    [Fact]
    public void Originator_holding_the_step_position_may_not_act_on_their_own_memo()
    {
        var memo = new MemoHarness(TestRoutes.InternalMemo, People.Naphaporn);
        memo.Do(People.Naphaporn, new Submit(MemoHarness.SeedNumber));

        memo.AssertRefused(RefusalCode.OriginatorMayNotAct, People.Naphaporn, new Endorse("head-of-office", null));
    }

    [Fact]
    public void Originator_may_act_on_their_own_memo_when_the_route_allows_it()
    {
        var memo = new MemoHarness(TestRoutes.OriginatorMayAct, People.Naphaporn);
        memo.Do(People.Naphaporn, new Submit(MemoHarness.SeedNumber));

        var events = memo.Do(People.Naphaporn, new Approve("head-of-office", null));

        Assert.IsType<MemoApproved>(events[0]);
        Assert.Equal(MemoStatus.Approved, memo.State.Status);
    }

    [Fact]
    public void A_draft_refuses_step_actions_as_not_pending()
    {
        var memo = MemoHarness.InternalMemo();

        memo.AssertRefused(RefusalCode.NotPending, People.Naphaporn, new Endorse("head-of-office", null));
    }

    [Fact]
    public void Closed_memo_refusal_wins_over_a_stale_step_id()
    {
        var memo = MemoHarness.InternalMemo().AtNayok();
        memo.Do(People.Worawit, new Approve("nayok", null));

        memo.AssertRefused(RefusalCode.AlreadyDecided, People.Naphaporn, new Endorse("head-of-office", null));
    }
}
