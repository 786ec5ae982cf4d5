using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Organisation;

namespace Kasian.Core.Tests.Engine;

public class DecideTests
{
    private static readonly Capacity Nayok = new("nayok", CapacityKind.Holder, People.NayokTitle);

    [Fact]
    public void Approval_closes_the_memo_as_approved()
    {
        var memo = MemoHarness.InternalMemo().AtNayok();

        var events = memo.Do(People.Worawit, new Approve("nayok", "เห็นชอบดำเนินการตามเสนอ"));

        Assert.Equal<MemoEvent>([new MemoApproved("nayok", 1, Nayok, "เห็นชอบดำเนินการตามเสนอ")], events);
        Assert.Equal(MemoStatus.Approved, memo.State.Status);
        Assert.Null(memo.State.CurrentStepId);
    }

    [Fact]
    public void Approval_comment_is_optional()
    {
        var memo = MemoHarness.InternalMemo().AtNayok();

        var events = memo.Do(People.Worawit, new Approve("nayok", null));

        Assert.Null(Assert.IsType<MemoApproved>(events[0]).Comment);
    }

    [Fact]
    public void Rejection_with_a_reason_closes_the_memo_as_rejected()
    {
        var memo = MemoHarness.InternalMemo().AtNayok();

        var events = memo.Do(People.Worawit, new Reject("nayok", " งบประมาณไม่เพียงพอ "));

        Assert.Equal<MemoEvent>([new MemoRejected("nayok", 1, Nayok, "งบประมาณไม่เพียงพอ")], events);
        Assert.Equal(MemoStatus.Rejected, memo.State.Status);
        Assert.Null(memo.State.CurrentStepId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\n ")]
    public void Rejection_needs_a_reason(string? reason)
    {
        var memo = MemoHarness.InternalMemo().AtNayok();

        memo.AssertRefused(RefusalCode.ReasonRequired, People.Worawit, new Reject("nayok", reason));
    }

    [Fact]
    public void Approving_at_an_endorse_step_is_the_wrong_action()
    {
        var memo = MemoHarness.InternalMemo().AtPalad();

        memo.AssertRefused(RefusalCode.WrongActionForStep, People.Naphaporn, new Approve("palad", null));
    }

    [Fact]
    public void Acknowledging_at_the_decide_step_is_the_wrong_action()
    {
        var memo = MemoHarness.InternalMemo().AtNayok();

        memo.AssertRefused(RefusalCode.WrongActionForStep, People.Worawit, new Acknowledge("nayok", null));
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("reject")]
    [InlineData("endorse")]
    [InlineData("return")]
    public void A_decided_memo_refuses_every_further_step_action(string action)
    {
        var memo = MemoHarness.InternalMemo().AtNayok();
        memo.Do(People.Worawit, new Approve("nayok", null));
        MemoCommand command = action switch
        {
            "approve" => new Approve("nayok", null),
            "reject" => new Reject("nayok", "เปลี่ยนใจ"),
            "endorse" => new Endorse("nayok", null),
            _ => new ReturnForRevision("nayok", "แก้ไข"),
        };

        memo.AssertRefused(RefusalCode.AlreadyDecided, People.Worawit, command);
    }

    [Fact]
    public void A_rejected_memo_is_already_decided()
    {
        var memo = MemoHarness.InternalMemo().AtNayok();
        memo.Do(People.Worawit, new Reject("nayok", "ไม่เห็นชอบ"));

        memo.AssertRefused(RefusalCode.AlreadyDecided, People.Worawit, new Approve("nayok", null));
    }
}
