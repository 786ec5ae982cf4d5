using Kasian.Core.Routes;
using Kasian.Core.Thai;

namespace Kasian.Core.Calendar;

/// <summary>
/// Office working time: Monday–Friday office hours in Bangkok time, minus holidays. Holidays change
/// every year by cabinet resolution (DOMAIN.md), so they are data an administrator edits, never a formula.
/// A working-time duration counts its days as whole working days (same time of day) and its hours
/// as office hours.
/// </summary>
public sealed class WorkingCalendar
{
    public static readonly TimeOnly DefaultOpens = new(8, 30);
    public static readonly TimeOnly DefaultCloses = new(16, 30);

    private readonly HashSet<DateOnly> _holidays;

    public WorkingCalendar(IEnumerable<DateOnly> holidays, TimeOnly? opens = null, TimeOnly? closes = null)
    {
        _holidays = [.. holidays];
        Opens = opens ?? DefaultOpens;
        Closes = closes ?? DefaultCloses;
        if (Closes <= Opens) throw new ArgumentException("Office hours must close after they open.");
    }

    public static WorkingCalendar WithoutHolidays { get; } = new([]);

    public TimeOnly Opens { get; }

    public TimeOnly Closes { get; }

    /// <summary>The office hours of one working day: what a fraction of a working day is a fraction of.</summary>
    public TimeSpan OfficeDay => Closes - Opens;

    public IReadOnlyCollection<DateOnly> Holidays => _holidays;

    public bool IsHoliday(DateOnly day) => _holidays.Contains(day);

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    /// <summary>When a step opened at <paramref name="start"/> falls due.</summary>
    public DateTimeOffset Deadline(DateTimeOffset start, IsoDuration due, StepClock clock) =>
        clock == StepClock.Calendar ? start + due.ToTimeSpan() : AddWorkingTime(start, due);

    public DateTimeOffset AddWorkingTime(DateTimeOffset start, IsoDuration duration)
    {
        var local = NextOfficeMoment(ThaiDate.ToBangkok(start).DateTime);
        for (var i = 0; i < duration.InDays(IsoDuration.WorkingDaysPerWeek).Days; i++)
        {
            var day = NextWorkingDay(DateOnly.FromDateTime(local));
            local = day.ToDateTime(TimeOnly.FromDateTime(local));
        }

        var remaining = duration.Time;
        while (remaining > TimeSpan.Zero)
        {
            var close = DateOnly.FromDateTime(local).ToDateTime(Closes);
            var available = close - local;
            if (remaining <= available) { local += remaining; break; }
            remaining -= available;
            local = NextWorkingDay(DateOnly.FromDateTime(local)).ToDateTime(Opens);
        }
        return new DateTimeOffset(local, ThaiDate.BangkokOffset).ToUniversalTime();
    }

    /// <summary>Working time elapsed between two instants (for "how long overdue" and step statistics).</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from) return TimeSpan.Zero;
        var a = ThaiDate.ToBangkok(from).DateTime;
        var b = ThaiDate.ToBangkok(to).DateTime;
        var total = TimeSpan.Zero;
        for (var day = DateOnly.FromDateTime(a); day <= DateOnly.FromDateTime(b); day = day.AddDays(1))
        {
            if (!IsWorkingDay(day)) continue;
            var open = Max(day.ToDateTime(Opens), a);
            var close = Min(day.ToDateTime(Closes), b);
            if (close > open) total += close - open;
        }
        return total;
    }

    private DateTime NextOfficeMoment(DateTime local)
    {
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        if (IsWorkingDay(day) && time >= Opens && time < Closes) return local;
        if (IsWorkingDay(day) && time < Opens) return day.ToDateTime(Opens);
        return NextWorkingDay(day).ToDateTime(Opens);
    }

    private DateOnly NextWorkingDay(DateOnly day)
    {
        // A year of holidays in a row would be a data error; bounding the loop keeps that from hanging a request.
        for (var i = 0; i < 366; i++)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) return day;
        }
        throw new InvalidOperationException("No working day within a year: check the holiday calendar.");
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
