using Kasian.Core.Engine;

namespace Kasian.Core.Tests.Engine;

/// <summary>Every refusal code the engine can give has a scenario that produces it; a new code without one fails here.</summary>
public class RefusalCoverageTests
{
    private static readonly Dictionary<RefusalCode, Func<Refusal>> Scenarios = new()
    {
        [RefusalCode.AlreadyDecided] = () =>
        {
            var memo = MemoHarness.InternalMemo().AtNayok();
            memo.Do(People.Worawit, new Approve("nayok", null));
            return memo.Refused(People.Worawit, new Reject("nayok", "เปลี่ยนใจ"));
        },
        [RefusalCode.NotPending] = () => MemoHarness.InternalMemo().Refused(People.Naphaporn, new Endorse("head-of-office", null)),
        [RefusalCode.StepMovedOn] = () => MemoHarness.InternalMemo().AtPalad().Refused(People.Naphaporn, new Endorse("head-of-office", null)),
        [RefusalCode.NotYourStep] = () => MemoHarness.InternalMemo().Submitted().Refused(People.Worawit, new Endorse("head-of-office", null)),
        [RefusalCode.OriginatorMayNotAct] = () =>
        {
            var memo = new MemoHarness(TestRoutes.InternalMemo, People.Naphaporn);
            memo.Do(People.Naphaporn, new Submit(MemoHarness.SeedNumber));
            return memo.Refused(People.Naphaporn, new Endorse("head-of-office", null));
        },
        [RefusalCode.NotOriginator] = () => MemoHarness.InternalMemo().Refused(People.Worawit, new Submit(MemoHarness.SeedNumber)),
        [RefusalCode.WrongActionForStep] = () => MemoHarness.InternalMemo().Submitted().Refused(People.Naphaporn, new Approve("head-of-office", null)),
        [RefusalCode.ReasonRequired] = () => MemoHarness.InternalMemo().AtNayok().Refused(People.Worawit, new Reject("nayok", " ")),
        [RefusalCode.CannotSubmit] = () => MemoHarness.InternalMemo().Submitted().Refused(People.Thapthim, new Submit(null)),
        [RefusalCode.NotEditable] = () => MemoHarness.InternalMemo().Submitted().Refused(People.Thapthim, new Revise(MemoHarness.Text("แก้เรื่อง"))),
        [RefusalCode.StepVacant] = () => new MemoHarness(TestRoutes.InternalMemo, People.Thapthim) { Staffed = new HashSet<string> { "palad", "nayok" } }
            .Refused(People.Thapthim, new Submit(MemoHarness.SeedNumber)),
        [RefusalCode.AlreadyAssigned] = () => MemoHarness.InternalMemo().AtPalad().Refused(People.Worawit, new Reassign("palad", "palad", "ทดสอบ")),
        [RefusalCode.AlreadyCreated] = () =>
        {
            var memo = MemoHarness.InternalMemo();
            memo.Do(People.Thapthim, new Revise(MemoHarness.Text("มีแล้ว")));
            return memo.Refused(People.Thapthim, new Create(MemoHarness.Text("ซ้ำ"), "นักทรัพยากรบุคคล"));
        },
        [RefusalCode.RouteNotRunnable] = () => new MemoHarness(TestRoutes.Parse(TestRoutes.InternalMemoJson.Replace(
                "\"action\": \"endorse\", \"due\": \"P1D\"", "\"action\": \"endorse\", \"when\": { \"field\": \"amount\", \"op\": \"gt\", \"value\": 1 }, \"due\": \"P1D\"", StringComparison.Ordinal)), People.Thapthim)
            .Refused(People.Thapthim, new Submit(MemoHarness.SeedNumber)),
        [RefusalCode.NotDue] = () => MemoHarness.InternalMemo().Submitted().Refused(Actor.System, new Remind("head-of-office", 1, 1, ["naphaporn"])),
    };

    public static TheoryData<RefusalCode> Codes => [.. Enum.GetValues<RefusalCode>()];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_refusal_code_has_a_scenario_that_gives_it_with_a_message(RefusalCode code)
    {
        Assert.True(Scenarios.TryGetValue(code, out var scenario), $"no scenario for {code}");

        var refusal = scenario();

        Assert.Equal(code, refusal.Code);
        Assert.False(string.IsNullOrWhiteSpace(refusal.Message));
    }
}
