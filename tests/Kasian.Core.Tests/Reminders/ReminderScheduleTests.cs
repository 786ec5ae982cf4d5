using Kasian.Core.Calendar;
using Kasian.Core.Reminders;
using Kasian.Core.Routes;

namespace Kasian.Core.Tests.Reminders;

public class ReminderScheduleTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.WithoutHolidays;

    private static DateTimeOffset Bangkok(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(7));

    private static IsoDuration D(string text) => IsoDuration.TryParse(text, out var d) ? d : throw new ArgumentException(text);

    private static RouteStep Step(string every, int max, string? escalateTo = "palad", StepClock clock = StepClock.Working) =>
        new("head-of-office", "ความเห็นหัวหน้าสำนักปลัด", "head-of-palad-office", StepAction.Endorse, D("P1D"), clock, new ReminderPolicy(D(every), max), escalateTo);

    [Fact]
    public void Reminders_fall_at_due_then_every_interval_in_office_hours_then_the_escalation()
    {
        var step = Step("PT4H", 3);
        var due = Bangkok(25, 9);
        // Wed 09:00, Wed 13:00, then 3.5 office hours to Wed 16:30 and half an hour Thursday morning, then Thu 13:00.
        Assert.Equal([Bangkok(25, 9), Bangkok(25, 13), Bangkok(26, 9), Bangkok(26, 13)],
            Enumerable.Range(1, 4).Select(k => ReminderSchedule.TimeOf(step, Calendar, due, k)!.Value));
        Assert.Null(ReminderSchedule.TimeOf(step, Calendar, due, 5));
        Assert.True(ReminderSchedule.IsEscalation(step, 4));
        Assert.False(ReminderSchedule.IsEscalation(step, 3));
    }

    [Fact]
    public void Over_a_weekend_the_working_clock_waits_and_the_wall_clock_does_not()
    {
        // Friday 15:00 + 2 office hours: 1.5 on Friday, 0.5 on Monday morning.
        var friday = Bangkok(27, 15);
        Assert.Equal(Bangkok(30, 9), ReminderSchedule.TimeOf(Step("PT2H", 3), Calendar, friday, 2));
        Assert.Equal(Bangkok(27, 17), ReminderSchedule.TimeOf(Step("PT2H", 3, clock: StepClock.Calendar), Calendar, friday, 2));
    }

    [Fact]
    public void The_number_due_is_the_latest_whose_time_has_come_so_an_outage_yields_one_catch_up()
    {
        var step = Step("PT4H", 3);
        var due = Bangkok(25, 9);
        Assert.Null(ReminderSchedule.DueNumber(step, Calendar, due, 0, Bangkok(25, 8, 59)));
        Assert.Equal(1, ReminderSchedule.DueNumber(step, Calendar, due, 0, Bangkok(25, 9)));
        Assert.Null(ReminderSchedule.DueNumber(step, Calendar, due, 1, Bangkok(25, 12)));
        Assert.Equal(3, ReminderSchedule.DueNumber(step, Calendar, due, 0, Bangkok(26, 12)));
        Assert.Equal(4, ReminderSchedule.DueNumber(step, Calendar, due, 1, Bangkok(30, 9)));
        Assert.Null(ReminderSchedule.DueNumber(step, Calendar, due, 4, Bangkok(30, 9)));
    }

    [Fact]
    public void Without_escalation_the_schedule_ends_at_the_last_reminder()
    {
        var step = Step("P1D", 2, escalateTo: null);
        Assert.Equal(2, ReminderSchedule.Last(step));
        Assert.Null(ReminderSchedule.NextAfter(step, Calendar, Bangkok(25, 9), 2));
    }

    [Fact]
    public void A_due_step_without_a_policy_gets_one_reminder_at_the_due_time()
    {
        var step = new RouteStep("nayok", "คำสั่ง", "nayok", StepAction.Decide, D("P2D"), StepClock.Working, null, null);
        Assert.Equal(1, ReminderSchedule.Last(step));
        Assert.Equal(Bangkok(25, 9), ReminderSchedule.TimeOf(step, Calendar, Bangkok(25, 9), 1));
    }

    [Fact]
    public void Overdue_counts_office_time_on_the_working_clock()
    {
        var step = Step("PT4H", 3);
        // Due Friday 15:00, now Monday 10:00: 1.5 office hours on Friday and 1.5 on Monday.
        Assert.Equal(TimeSpan.FromHours(3), ReminderSchedule.Overdue(step, Calendar, Bangkok(27, 15), Bangkok(30, 10)));
        Assert.Equal(TimeSpan.FromHours(67), ReminderSchedule.Overdue(Step("PT4H", 3, clock: StepClock.Calendar), Calendar, Bangkok(27, 15), Bangkok(30, 10)));
    }

    [Theory]
    [InlineData(0, "ถึงกำหนดแล้ว")]
    [InlineData(120, "เกินกำหนด ๒ ชั่วโมง")]
    [InlineData(150, "เกินกำหนด ๒ ชั่วโมง ๓๐ นาที")]
    [InlineData(8 * 60 + 45, "เกินกำหนด ๑ วัน ๔๕ นาที")]
    [InlineData(3 * 8 * 60, "เกินกำหนด ๓ วัน")]
    public void Overdue_text_is_Thai_with_Thai_digits_counting_office_days(int minutes, string expected)
    {
        Assert.Equal(expected, OverdueText.Of(TimeSpan.FromMinutes(minutes), TimeSpan.FromHours(8)));
    }
}
