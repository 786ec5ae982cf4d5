using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Organisation;

namespace Kasian.Core.Tests.Engine;

public class EndorseTests
{
    [Fact]
    public void Endorsement_passes_the_memo_to_the_next_step()
    {
        var memo = MemoHarness.InternalMemo().Submitted();

        var events = memo.Do(People.Naphaporn, new Endorse("head-of-office", "เห็นควรเสนอ"));

        Assert.Equal<MemoEvent>(
            [
                new StepEndorsed("head-of-office", 1, new Capacity("head-of-palad-office", CapacityKind.Holder, People.HeadOfOfficeTitle), "เห็นควรเสนอ"),
                new StepOpened("palad", "palad", 1, new DateTimeOffset(2025, 2, 12, 10, 0, 0, TimeSpan.FromHours(7))),
            ],
            events);
        Assert.Equal(MemoStatus.Pending, memo.State.Status);
        Assert.Equal("palad", memo.State.CurrentStepId);
    }

    [Fact]
    public void Endorsement_comment_is_trimmed()
    {
        var memo = MemoHarness.InternalMemo().Submitted();

        var events = memo.Do(People.Naphaporn, new Endorse("head-of-office", "  เห็นควรเสนอ \n"));

        Assert.Equal("เห็นควรเสนอ", Assert.IsType<StepEndorsed>(events[0]).Comment);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Endorsement_without_comment_is_recorded_without_one(string? comment)
    {
        var memo = MemoHarness.InternalMemo().Submitted();

        var events = memo.Do(People.Naphaporn, new Endorse("head-of-office", comment));

        Assert.Null(Assert.IsType<StepEndorsed>(events[0]).Comment);
    }

    [Fact]
    public void Endorsing_at_the_decide_step_is_the_wrong_action()
    {
        var memo = MemoHarness.InternalMemo().AtNayok();

        memo.AssertRefused(RefusalCode.WrongActionForStep, People.Worawit, new Endorse("nayok", "เห็นชอบ"));
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("reject")]
    [InlineData("acknowledge")]
    public void Endorse_step_offers_only_endorse_and_return(string action)
    {
        var memo = MemoHarness.InternalMemo().Submitted();
        MemoCommand command = action switch
        {
            "approve" => new Approve("head-of-office", null),
            "reject" => new Reject("head-of-office", "ไม่เห็นด้วย"),
            _ => new Acknowledge("head-of-office", null),
        };

        var refusal = memo.Refused(People.Naphaporn, command);

        Assert.Equal(RefusalCode.WrongActionForStep, refusal.Code);
        Assert.Contains(action, refusal.Message, StringComparison.Ordinal);
    }
}
