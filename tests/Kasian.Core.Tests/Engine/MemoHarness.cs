using Kasian.Core.Calendar;
using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Routes;

namespace Kasian.Core.Tests.Engine;

/// <summary>
/// One memo walked through the engine the way the host does it: ask, and on acceptance fold the
/// events into the state with <see cref="MemoEngine.Evolve"/> and append them to the log.
/// </summary>
internal sealed class MemoHarness(RouteDefinition route, Actor originator, Urgency urgency = Urgency.Normal)
{
    private readonly List<(MemoEvent Event, DateTimeOffset At)> _recorded = [];

    /// <summary>Tuesday 11 Feb 2025, 10:00 in Bangkok: the seed memo's date, inside office hours.</summary>
    public static readonly DateTimeOffset SeedMorning = new(2025, 2, 11, 10, 0, 0, TimeSpan.FromHours(7));

    public static readonly MemoNumber SeedNumber = new("พย ๗๒๔๐๑", 2568, 119);

    public RouteDefinition Route { get; } = route;

    public MemoState State { get; set; } = MemoState.NewDraft(originator.Id, urgency);

    public List<MemoEvent> Log { get; } = [];

    public DateTimeOffset Now { get; set; } = SeedMorning;

    public WorkingCalendar Calendar { get; init; } = WorkingCalendar.WithoutHolidays;

    /// <summary>The positions someone is in today, as the host reads them for a submission; null = not known.</summary>
    public IReadOnlySet<string>? Staffed { get; init; }

    public Decision Ask(Actor actor, MemoCommand command) =>
        MemoEngine.Decide(new DecisionContext(Route, actor, Now, Calendar, Staffed), State, command);

    public IReadOnlyList<MemoEvent> Do(Actor actor, MemoCommand command)
    {
        var decision = Ask(actor, command);
        Assert.True(decision.IsAccepted, decision.Refusal?.Message);
        Assert.NotEmpty(decision.Events);
        foreach (var e in decision.Events)
        {
            State = MemoEngine.Evolve(State, e, Now);
            _recorded.Add((e, Now));
        }
        Log.AddRange(decision.Events);
        return decision.Events;
    }

    /// <summary>The log folded again from a new draft, each event at the instant it was recorded.</summary>
    public MemoState Replay() =>
        _recorded.Aggregate(MemoState.NewDraft(originator.Id, urgency), (state, r) => MemoEngine.Evolve(state, r.Event, r.At));

    /// <summary>A whole content with this subject, as an edit sends it.</summary>
    public static MemoContent Text(string subject, Urgency urgency = Urgency.Normal) =>
        new("สำนักปลัด", "0 5440 0000", subject, "นายกองค์การบริหารส่วนตำบลภูซาง", "เนื้อความ " + subject, urgency);

    public Refusal Refused(Actor actor, MemoCommand command)
    {
        var before = State;
        var decision = Ask(actor, command);
        Assert.False(decision.IsAccepted, "expected a refusal");
        Assert.Empty(decision.Events);
        Assert.Equal(before, State);
        return decision.Refusal!;
    }

    public void AssertRefused(RefusalCode code, Actor actor, MemoCommand command) =>
        Assert.Equal(code, Refused(actor, command).Code);

    public MemoHarness Submitted()
    {
        Do(People.Thapthim, new Submit(SeedNumber));
        return this;
    }

    /// <summary>Submitted and endorsed by the head of office: waiting at the palad step.</summary>
    public MemoHarness AtPalad()
    {
        Submitted();
        Do(People.Naphaporn, new Endorse("head-of-office", "เห็นควรเสนอ"));
        return this;
    }

    /// <summary>Waiting at the nayok's decide step.</summary>
    public MemoHarness AtNayok()
    {
        AtPalad();
        Do(People.Naphaporn, new Endorse("palad", "เพื่อโปรดพิจารณาอนุมัติ"));
        return this;
    }

    public static MemoHarness InternalMemo(Urgency urgency = Urgency.Normal) => new(TestRoutes.InternalMemo, People.Thapthim, urgency);
}
