using Kasian.Web.Chain;
using Microsoft.Extensions.DependencyInjection;

namespace Kasian.Bench;

/// <summary>(7) verify's speed over the whole record: every memo cloned so far, plus <c>memos</c> more, sealed first.</summary>
public static class VerifySpeed
{
    public static async Task<(long Events, double PerSecond)> RunAsync(BenchHost host, MemoCloner cloner, int memos)
    {
        await cloner.PendingAsync(memos);
        await host.Services.GetRequiredService<RecordSealer>().SealAsync(CancellationToken.None);
        await using var scope = host.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<ChainVerifier>().VerifyAsync(null, [], CancellationToken.None);
        // The other parts write some memos straight into the tables (the raw limit's appends, the inbox's and the sweep's
        // copies without events), so those rows do not follow from events and are rightly reported; the chain itself must hold.
        var chainFinding = report.Chains.SelectMany(c => c.Findings).FirstOrDefault(f => f.Code != "memo-row-differs");
        if (chainFinding is not null || report.FileFindings.Count > 0)
            throw new BenchFailedException($"verify found the bench's own chain not intact: {chainFinding?.ToString() ?? report.FileFindings[0].ToString()}");
        return (report.Events, report.Events / report.Took.TotalSeconds);
    }
}
