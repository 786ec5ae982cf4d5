using Kasian.Core.Engine;
using Kasian.Core.Memos;

namespace Kasian.Core.Tests.Engine;

public class RecallTests
{
    [Fact]
    public void Originator_recalls_a_pending_memo()
    {
        var memo = MemoHarness.InternalMemo().AtPalad();

        var events = memo.Do(People.Thapthim, new Recall());

        Assert.Equal<MemoEvent>([new MemoRecalled("palad", 1)], events);
        Assert.Equal(MemoStatus.Recalled, memo.State.Status);
        Assert.Null(memo.State.CurrentStepId);
    }

    [Fact]
    public void Only_the_originator_may_recall()
    {
        var memo = MemoHarness.InternalMemo().Submitted();

        memo.AssertRefused(RefusalCode.NotOriginator, People.Naphaporn, new Recall());
    }

    [Fact]
    public void A_draft_cannot_be_recalled()
    {
        var memo = MemoHarness.InternalMemo();

        memo.AssertRefused(RefusalCode.NotPending, People.Thapthim, new Recall());
    }

    [Fact]
    public void A_returned_memo_cannot_be_recalled()
    {
        var memo = MemoHarness.InternalMemo().Submitted();
        memo.Do(People.Naphaporn, new ReturnForRevision("head-of-office", "แก้ไข"));

        memo.AssertRefused(RefusalCode.NotPending, People.Thapthim, new Recall());
    }

    [Fact]
    public void A_recalled_memo_cannot_be_recalled_twice()
    {
        var memo = MemoHarness.InternalMemo().Submitted();
        memo.Do(People.Thapthim, new Recall());

        memo.AssertRefused(RefusalCode.NotPending, People.Thapthim, new Recall());
    }

    [Fact]
    public void A_decided_memo_cannot_be_recalled()
    {
        var memo = MemoHarness.InternalMemo().AtNayok();
        memo.Do(People.Worawit, new Approve("nayok", null));

        memo.AssertRefused(RefusalCode.AlreadyDecided, People.Thapthim, new Recall());
    }

    [Fact]
    public void A_recalled_memo_refuses_step_actions()
    {
        var memo = MemoHarness.InternalMemo().Submitted();
        memo.Do(People.Thapthim, new Recall());

        memo.AssertRefused(RefusalCode.NotPending, People.Naphaporn, new Endorse("head-of-office", null));
    }
}
