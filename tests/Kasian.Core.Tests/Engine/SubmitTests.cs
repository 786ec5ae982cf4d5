using Kasian.Core.Engine;
using Kasian.Core.Memos;

namespace Kasian.Core.Tests.Engine;

public class SubmitTests
{
    private static readonly DateTimeOffset NextWorkingDaySameTime = new(2025, 2, 12, 10, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void First_submission_assigns_the_register_number_and_opens_the_first_step_with_its_due_time()
    {
        var memo = MemoHarness.InternalMemo();

        var events = memo.Do(People.Thapthim, new Submit(MemoHarness.SeedNumber));

        Assert.Equal<MemoEvent>(
            [
                new MemoSubmitted("พย ๗๒๔๐๑/๑๑๙", 2568, 119, "internal-memo", 1, 1),
                new StepOpened("head-of-office", "head-of-palad-office", 1, NextWorkingDaySameTime),
            ],
            events);
    }

    [Fact]
    public void Submitted_memo_is_pending_at_the_first_step()
    {
        var memo = MemoHarness.InternalMemo().Submitted();

        Assert.Equal(MemoStatus.Pending, memo.State.Status);
        Assert.Equal("head-of-office", memo.State.CurrentStepId);
        Assert.Equal(1, memo.State.Round);
        Assert.True(memo.State.HasNumber);
    }

    [Fact]
    public void Resubmission_after_return_keeps_the_number_and_starts_the_next_round()
    {
        var memo = MemoHarness.InternalMemo().AtPalad();
        memo.Do(People.Naphaporn, new ReturnForRevision("palad", "แนบตารางผลการประเมินให้ครบ"));

        var events = memo.Do(People.Thapthim, new Submit(null));

        Assert.Equal<MemoEvent>(
            [new MemoResubmitted(2), new StepOpened("head-of-office", "head-of-palad-office", 2, NextWorkingDaySameTime)],
            events);
        Assert.Single(memo.Log.OfType<MemoSubmitted>());
        Assert.Equal(MemoStatus.Pending, memo.State.Status);
        Assert.Equal(2, memo.State.Round);
    }

    [Fact]
    public void Resubmission_after_recall_keeps_the_number_and_starts_the_next_round()
    {
        var memo = MemoHarness.InternalMemo().Submitted();
        memo.Do(People.Thapthim, new Recall());

        var events = memo.Do(People.Thapthim, new Submit(null));

        Assert.Equal(new MemoResubmitted(2), events[0]);
        Assert.Equal("head-of-office", Assert.IsType<StepOpened>(events[1]).StepId);
        Assert.Single(memo.Log.OfType<MemoSubmitted>());
        Assert.Equal("head-of-office", memo.State.CurrentStepId);
    }

    [Fact]
    public void Resubmission_ignores_a_number_offered_by_mistake()
    {
        var memo = MemoHarness.InternalMemo().Submitted();
        memo.Do(People.Thapthim, new Recall());

        var events = memo.Do(People.Thapthim, new Submit(new MemoNumber("พย ๗๒๔๐๑", 2568, 120)));

        Assert.IsType<MemoResubmitted>(events[0]);
    }

    [Fact]
    public void Each_resubmission_counts_another_round()
    {
        var memo = MemoHarness.InternalMemo().Submitted();
        memo.Do(People.Thapthim, new Recall());
        memo.Do(People.Thapthim, new Submit(null));
        memo.Do(People.Naphaporn, new ReturnForRevision("head-of-office", "แก้ไขเรื่อง"));

        var events = memo.Do(People.Thapthim, new Submit(null));

        Assert.Equal(new MemoResubmitted(3), events[0]);
        Assert.Equal(3, Assert.IsType<StepOpened>(events[1]).Round);
    }

    [Fact]
    public void Only_the_originator_may_submit()
    {
        var memo = MemoHarness.InternalMemo();

        memo.AssertRefused(RefusalCode.NotOriginator, People.Naphaporn, new Submit(MemoHarness.SeedNumber));
    }

    [Fact]
    public void Only_the_originator_may_resubmit_a_returned_memo()
    {
        var memo = MemoHarness.InternalMemo().Submitted();
        memo.Do(People.Naphaporn, new ReturnForRevision("head-of-office", "แก้ไขเรื่อง"));

        memo.AssertRefused(RefusalCode.NotOriginator, People.Naphaporn, new Submit(null));
    }

    [Fact]
    public void A_pending_memo_cannot_be_submitted_again()
    {
        var memo = MemoHarness.InternalMemo().Submitted();

        memo.AssertRefused(RefusalCode.CannotSubmit, People.Thapthim, new Submit(null));
    }

    [Fact]
    public void A_decided_memo_cannot_be_submitted_again()
    {
        var memo = MemoHarness.InternalMemo().AtNayok();
        memo.Do(People.Worawit, new Approve("nayok", null));

        memo.AssertRefused(RefusalCode.CannotSubmit, People.Thapthim, new Submit(null));
    }

    [Fact]
    public void First_submission_without_a_number_is_a_programming_error()
    {
        var memo = MemoHarness.InternalMemo();

        Assert.Throws<InvalidOperationException>(() => memo.Ask(People.Thapthim, new Submit(null)));
    }

    [Fact]
    public void Calendar_clock_step_falls_due_by_the_wall_clock()
    {
        var memo = new MemoHarness(TestRoutes.Acknowledge, People.Thapthim).Submitted();
        memo.Now = new DateTimeOffset(2025, 2, 15, 23, 0, 0, TimeSpan.FromHours(7));

        memo.Do(People.Naphaporn, new Endorse("head-of-office", null));

        Assert.Equal(new DateTimeOffset(2025, 2, 16, 3, 0, 0, TimeSpan.FromHours(7)), memo.Log.OfType<StepOpened>().Last().DueAt);
    }

    [Fact]
    public void Step_without_due_time_opens_without_one()
    {
        var memo = new MemoHarness(TestRoutes.Acknowledge, People.Thapthim);

        var events = memo.Do(People.Thapthim, new Submit(MemoHarness.SeedNumber));

        Assert.Null(Assert.IsType<StepOpened>(events[1]).DueAt);
    }
}
