using System.Diagnostics;
using Kasian.Core.Memos;
using Kasian.Web.Features.Memos;

namespace Kasian.Bench;

/// <summary>
/// Endorsements through the handler pipeline in-process: Mediator → EndorseMemoHandler → engine → EF Core → commit.
/// Each writer owns its memos and walks each one through all 50 endorse steps, naming the current step every time.
/// Brief: the approver's client asks only where the memo now stands (Prefer: return=minimal), as the wrk script does;
/// otherwise each endorsement also reads the whole memo back.
/// </summary>
public static class InProcessEndorsements
{
    public sealed record Outcome(double PerSecond, int Endorsements, double Seconds, Latencies Latency);

    public static async Task<Outcome> RunAsync(BenchHost host, PersonId approver, IReadOnlyList<Guid> memos, int writers, bool brief = true, Latencies? into = null)
    {
        var latency = new Latencies();
        var slices = Enumerable.Range(0, writers).Select(w => memos.Where((_, i) => i % writers == w).ToList()).ToList();
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(slices.Select(slice => Task.Run(() => WalkAsync(host, approver, slice, brief, latency))));
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        into?.AddAll(latency);
        return new Outcome(latency.Count / seconds, latency.Count, seconds, latency);
    }

    private static async Task WalkAsync(BenchHost host, PersonId approver, List<Guid> memos, bool brief, Latencies latency)
    {
        foreach (var memo in memos)
            for (var step = 1; step <= BenchSettings.RouteSteps; step++)
            {
                var t = Stopwatch.GetTimestamp();
                await host.SendAsync(approver, new EndorseMemo(memo, new StepActionBody(BenchData.StepId(step), "เห็นควรเสนอ", null), brief));
                latency.Add(Stopwatch.GetElapsedTime(t));
            }
    }
}
