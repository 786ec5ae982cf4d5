using Kasian.Core.Engine;
using Kasian.Core.Memos;

namespace Kasian.Core.Tests.Engine;

public class UrgencyTests
{
    private static DateTimeOffset? FirstDue(Urgency urgency) =>
        Assert.IsType<StepOpened>(MemoHarness.InternalMemo(urgency).Submitted().Log[1]).DueAt;

    [Fact]
    public void Normal_memo_gets_the_full_working_day()
    {
        Assert.Equal(new DateTimeOffset(2025, 2, 12, 10, 0, 0, TimeSpan.FromHours(7)), FirstDue(Urgency.Normal));
    }

    [Fact]
    public void Urgent_memo_gets_half_an_office_day_on_the_working_clock()
    {
        // P1D × 0.5 on the working clock is half of an 8-hour office day, not 12 wall-clock hours.
        Assert.Equal(new DateTimeOffset(2025, 2, 11, 14, 0, 0, TimeSpan.FromHours(7)), FirstDue(Urgency.Urgent));
    }

    [Fact]
    public void Most_urgent_memo_gets_an_eighth_of_an_office_day()
    {
        Assert.Equal(new DateTimeOffset(2025, 2, 11, 11, 0, 0, TimeSpan.FromHours(7)), FirstDue(Urgency.MostUrgent));
    }

    [Fact]
    public void More_urgent_memos_never_fall_due_later()
    {
        var dues = Enum.GetValues<Urgency>().Select(u => FirstDue(u)!.Value).ToList();

        for (var i = 1; i < dues.Count; i++) Assert.True(dues[i] <= dues[i - 1], $"{(Urgency)i} falls due after {(Urgency)(i - 1)}");
    }
}
