using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Organisation;

namespace Kasian.Core.Tests.Engine;

public class ReturnTests
{
    [Fact]
    public void Return_from_an_endorse_step_sends_the_memo_back_to_the_originator()
    {
        var memo = MemoHarness.InternalMemo().Submitted();

        var events = memo.Do(People.Naphaporn, new ReturnForRevision("head-of-office", "แนบตารางผลการประเมิน"));

        Assert.Equal<MemoEvent>(
            [new MemoReturned("head-of-office", 1, new Capacity("head-of-palad-office", CapacityKind.Holder, People.HeadOfOfficeTitle), "แนบตารางผลการประเมิน")],
            events);
        Assert.Equal(MemoStatus.Returned, memo.State.Status);
        Assert.Null(memo.State.CurrentStepId);
    }

    [Fact]
    public void Return_from_the_decide_step_sends_the_memo_back_to_the_originator()
    {
        var memo = MemoHarness.InternalMemo().AtNayok();

        var events = memo.Do(People.Worawit, new ReturnForRevision("nayok", "ขอรายละเอียดเพิ่มเติม"));

        Assert.Equal("nayok", Assert.IsType<MemoReturned>(events[0]).StepId);
        Assert.Equal(MemoStatus.Returned, memo.State.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("    ")]
    public void Return_needs_a_reason(string? reason)
    {
        var memo = MemoHarness.InternalMemo().AtPalad();

        memo.AssertRefused(RefusalCode.ReasonRequired, People.Naphaporn, new ReturnForRevision("palad", reason));
    }

    [Fact]
    public void A_returned_memo_is_not_pending_at_any_step()
    {
        var memo = MemoHarness.InternalMemo().AtPalad();
        memo.Do(People.Naphaporn, new ReturnForRevision("palad", "แก้ไข"));

        memo.AssertRefused(RefusalCode.NotPending, People.Naphaporn, new Endorse("palad", null));
    }

    [Fact]
    public void A_resubmitted_memo_starts_again_at_the_first_step()
    {
        var memo = MemoHarness.InternalMemo().AtNayok();
        memo.Do(People.Worawit, new ReturnForRevision("nayok", "แก้ไข"));
        memo.Do(People.Thapthim, new Submit(null));

        memo.AssertRefused(RefusalCode.StepMovedOn, People.Worawit, new Approve("nayok", null));
        var events = memo.Do(People.Naphaporn, new Endorse("head-of-office", null));

        Assert.Equal(2, Assert.IsType<StepEndorsed>(events[0]).Round);
    }
}
