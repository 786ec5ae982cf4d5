using Kasian.Core.Engine;
using Kasian.Core.Memos;

namespace Kasian.Core.Tests.Engine;

public class ReassignTests
{
    [Fact]
    public void A_reassigned_step_waits_for_the_new_position_and_its_holder_acts_in_that_capacity()
    {
        var memo = MemoHarness.InternalMemo().AtPalad();

        var events = memo.Do(People.Worawit, new Reassign("palad", "nayok", "ปลัดลาป่วย"));

        var reassigned = Assert.IsType<StepReassigned>(Assert.Single(events));
        Assert.Equal(("palad", "palad", "nayok", "ปลัดลาป่วย"), (reassigned.StepId, reassigned.FromPosition, reassigned.ToPosition, reassigned.Reason));
        Assert.Equal(("palad", "nayok"), (memo.State.CurrentStepId, memo.State.CurrentPosition));
        // The acting Palad no longer holds the step; the Nayok does, at the same step of the route.
        memo.AssertRefused(RefusalCode.NotYourStep, People.Naphaporn, new Endorse("palad", null));
        var endorsed = Assert.IsType<StepEndorsed>(memo.Do(People.Worawit, new Endorse("palad", "เห็นควรอนุมัติ"))[0]);
        Assert.Equal("nayok", endorsed.Capacity.Position);
        Assert.Equal(("nayok", "nayok"), (memo.State.CurrentStepId, memo.State.CurrentPosition));
    }

    [Fact]
    public void Reassigning_needs_a_reason_the_current_step_and_a_pending_memo()
    {
        var memo = MemoHarness.InternalMemo().AtPalad();
        memo.AssertRefused(RefusalCode.ReasonRequired, People.Worawit, new Reassign("palad", "nayok", "\u200B "));
        memo.AssertRefused(RefusalCode.StepMovedOn, People.Worawit, new Reassign("head-of-office", "nayok", "ช้า"));
        MemoHarness.InternalMemo().AssertRefused(RefusalCode.NotPending, People.Worawit, new Reassign("palad", "nayok", "ช้า"));
    }

    [Fact]
    public void Replaying_the_log_gives_the_reassigned_position()
    {
        var memo = MemoHarness.InternalMemo().AtPalad();
        memo.Do(People.Worawit, new Reassign("palad", "nayok", "ปลัดลาป่วย"));

        var replayed = memo.Replay();

        Assert.Equal(memo.State, replayed);
    }
}
