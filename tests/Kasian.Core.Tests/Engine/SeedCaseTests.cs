using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Organisation;

namespace Kasian.Core.Tests.Engine;

/// <summary>The ITA memo of Phu Sang SAO (DESIGN.md §1), walked through the whole chain.</summary>
public class SeedCaseTests
{
    [Fact]
    public void Naphaporn_holds_two_capacities_on_the_memo_date()
    {
        Assert.Equal(
            [
                new Capacity("head-of-palad-office", CapacityKind.Holder, "หัวหน้าสำนักปลัด"),
                new Capacity("palad", CapacityKind.Acting, "หัวหน้าสำนักปลัด รักษาราชการแทน ปลัดองค์การบริหารส่วนตำบลภูซาง"),
            ],
            People.Naphaporn.Capacities);
    }

    [Fact]
    public void Acting_palad_endorsement_records_capacity()
    {
        var memo = MemoHarness.InternalMemo().AtNayok();

        var endorsements = memo.Log.OfType<StepEndorsed>().ToList();

        Assert.Equal(2, endorsements.Count);
        Assert.Equal(new Capacity("head-of-palad-office", CapacityKind.Holder, "หัวหน้าสำนักปลัด"), endorsements[0].Capacity);
        Assert.Equal("palad", endorsements[1].StepId);
        Assert.Equal(CapacityKind.Acting, endorsements[1].Capacity.Kind);
        Assert.Equal("หัวหน้าสำนักปลัด รักษาราชการแทน ปลัดองค์การบริหารส่วนตำบลภูซาง", endorsements[1].Capacity.Text);
    }

    [Fact]
    public void Same_person_acts_at_two_consecutive_steps_only_once_per_request()
    {
        var memo = MemoHarness.InternalMemo().Submitted();
        memo.Do(People.Naphaporn, new Endorse("head-of-office", "เห็นควรเสนอ"));

        // The double click repeats the first request; it must not endorse the palad step by accident.
        memo.AssertRefused(RefusalCode.StepMovedOn, People.Naphaporn, new Endorse("head-of-office", "เห็นควรเสนอ"));
        Assert.Equal("palad", memo.State.CurrentStepId);
    }

    [Fact]
    public void Memo_walks_the_whole_chain_to_approval()
    {
        var memo = MemoHarness.InternalMemo();

        memo.Do(People.Thapthim, new Submit(MemoHarness.SeedNumber));
        memo.Do(People.Naphaporn, new Endorse("head-of-office", "เห็นควรเสนอนายกเพื่อโปรดทราบ"));
        memo.Do(People.Naphaporn, new Endorse("palad", "เพื่อโปรดพิจารณาอนุมัติ"));
        memo.Do(People.Worawit, new Approve("nayok", "เห็นชอบดำเนินการตามเสนอ"));

        Assert.Equal(
            ["MemoSubmitted", "StepOpened", "StepEndorsed", "StepOpened", "StepEndorsed", "StepOpened", "MemoApproved"],
            memo.Log.Select(e => e.Type));
        Assert.Equal(["head-of-office", "palad", "nayok"], memo.Log.OfType<StepOpened>().Select(o => o.StepId));
        Assert.Equal(["หัวหน้าสำนักปลัด", People.ActingPaladLine, "นายกองค์การบริหารส่วนตำบลภูซาง"],
            memo.Log.OfType<StepActed>().Select(a => a.Capacity.Text));
        Assert.Equal((MemoStatus.Approved, 1, true, null), (memo.State.Status, memo.State.Round, memo.State.HasNumber, memo.State.CurrentStepId));
    }

    [Fact]
    public void Evolve_replays_the_log_to_the_same_state()
    {
        var memo = MemoHarness.InternalMemo().AtNayok();
        memo.Do(People.Worawit, new ReturnForRevision("nayok", "แก้ไข"));
        memo.Do(People.Thapthim, new Submit(null));

        var replayed = memo.Replay();

        Assert.Equal(memo.State, replayed);
    }
}
