using Kasian.Core.Engine;

namespace Kasian.Core.Tests.Engine;

public class VacancyTests
{
    [Fact]
    public void A_memo_is_not_submitted_to_a_first_step_nobody_holds_today()
    {
        var memo = new MemoHarness(TestRoutes.InternalMemo, People.Thapthim) { Staffed = new HashSet<string> { "palad", "nayok" } };

        var refusal = memo.Refused(People.Thapthim, new Submit(MemoHarness.SeedNumber));

        Assert.Equal(RefusalCode.StepVacant, refusal.Code);
        Assert.Contains("head-of-palad-office", refusal.Message);
    }

    [Fact]
    public void A_staffed_first_step_opens()
    {
        var memo = new MemoHarness(TestRoutes.InternalMemo, People.Thapthim) { Staffed = new HashSet<string> { "head-of-palad-office" } };

        memo.Do(People.Thapthim, new Submit(MemoHarness.SeedNumber));

        Assert.Equal("head-of-office", memo.State.CurrentStepId);
    }
}
