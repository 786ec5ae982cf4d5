using System.Diagnostics;
using Kasian.Core.Memos;
using Kasian.Web.Features.Memos;

namespace Kasian.Bench;

/// <summary>The reader's inbox (first page, most urgent first) through the handler pipeline, timed one query at a time.</summary>
public static class InboxLatency
{
    public sealed record Outcome(int Stored, int InboxTotal, Latencies Latency);

    public static async Task<Outcome> RunAsync(BenchHost host, PersonId reader, int stored, int queries)
    {
        var request = new ListMemos("inbox", null, null, null, 1);
        var first = await host.SendAsync(reader, request);
        for (var i = 0; i < Math.Min(50, queries); i++) await host.SendAsync(reader, request);
        var latency = new Latencies();
        for (var i = 0; i < queries; i++)
        {
            var t = Stopwatch.GetTimestamp();
            await host.SendAsync(reader, request);
            latency.Add(Stopwatch.GetElapsedTime(t));
        }
        return new Outcome(stored, first.Total, latency);
    }
}
