using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Organisation;

namespace Kasian.Core.Tests.Engine;

public class AcknowledgeTests
{
    private static MemoHarness AtAcknowledgeStep()
    {
        var memo = new MemoHarness(TestRoutes.Acknowledge, People.Thapthim).Submitted();
        memo.Do(People.Naphaporn, new Endorse("head-of-office", "เพื่อโปรดทราบ"));
        return memo;
    }

    [Fact]
    public void Acknowledgement_closes_the_memo_as_acknowledged()
    {
        var memo = AtAcknowledgeStep();

        var events = memo.Do(People.Worawit, new Acknowledge("nayok", "ทราบ"));

        Assert.Equal<MemoEvent>([new MemoAcknowledged("nayok", 1, new Capacity("nayok", CapacityKind.Holder, People.NayokTitle), "ทราบ")], events);
        Assert.Equal(MemoStatus.Acknowledged, memo.State.Status);
        Assert.Null(memo.State.CurrentStepId);
    }

    [Fact]
    public void Approving_at_an_acknowledge_step_is_the_wrong_action()
    {
        var memo = AtAcknowledgeStep();

        memo.AssertRefused(RefusalCode.WrongActionForStep, People.Worawit, new Approve("nayok", null));
    }

    [Fact]
    public void Rejecting_at_an_acknowledge_step_is_the_wrong_action()
    {
        var memo = AtAcknowledgeStep();

        memo.AssertRefused(RefusalCode.WrongActionForStep, People.Worawit, new Reject("nayok", "ไม่ทราบ"));
    }

    [Fact]
    public void An_acknowledged_memo_is_already_decided()
    {
        var memo = AtAcknowledgeStep();
        memo.Do(People.Worawit, new Acknowledge("nayok", null));

        memo.AssertRefused(RefusalCode.AlreadyDecided, People.Worawit, new Acknowledge("nayok", null));
    }
}
