using System.Collections.Concurrent;
using Kasian.Core.Calendar;
using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Workflows;

/// <summary>
/// Each office's working calendar: the calendar files' office hours, the national holidays (a year published in
/// Kasian replaces the file's year) and the office's own local holidays. Built once per office and kept, so an
/// action or a reminder finds its calendar in memory, never in the database. A list changed through this node
/// is seen at once (<see cref="Invalidate"/>); one changed through another node within <see cref="Lifetime"/>.
/// </summary>
public sealed class OfficeCalendars(WorkflowLibrary workflows, IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>How long a built calendar serves before it is read again: the lag of a change made on another node.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<Guid, Built> _built = new();
    private long _generation;

    public ValueTask<WorkingCalendar> ForAsync(Guid organisationId, CancellationToken ct)
    {
        if (_built.TryGetValue(organisationId, out var built)
            && built.Generation == Interlocked.Read(ref _generation)
            && clock.GetUtcNow() - built.At < Lifetime)
            return ValueTask.FromResult(built.Calendar);
        return new ValueTask<WorkingCalendar>(BuildAsync(organisationId, ct));
    }

    /// <summary>Every office's calendar is stale: a national list changes them all, and changes are rare enough not to be finer.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    private async Task<WorkingCalendar> BuildAsync(Guid organisationId, CancellationToken ct)
    {
        // Taken before reading: a calendar read before an invalidation must not be kept as if read after it.
        var generation = Interlocked.Read(ref _generation);
        var at = clock.GetUtcNow();
        // Its own scope: the caller may hold a write transaction (SQLite's one writer) that this read must not join.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KasianDbContext>();
        var rows = await db.HolidayYears.AsNoTracking()
            .Where(h => h.OrganisationId == HolidayYear.National || h.OrganisationId == organisationId)
            .Select(h => new { h.OrganisationId, h.Year, h.Holidays })
            .ToListAsync(ct);
        var national = rows.Where(r => r.OrganisationId == HolidayYear.National).ToDictionary(r => r.Year, r => HolidayJson.Read(r.Holidays));
        var local = rows.Where(r => r.OrganisationId != HolidayYear.National).SelectMany(r => HolidayJson.Read(r.Holidays));
        var calendar = HolidayYears.ForOffice(workflows.HolidayFile, national, local);
        _built[organisationId] = new Built(calendar, at, generation);
        return calendar;
    }

    private sealed record Built(WorkingCalendar Calendar, DateTimeOffset At, long Generation);
}
