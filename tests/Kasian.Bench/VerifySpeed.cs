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
        if (!report.Intact) throw new BenchFailedException($"verify found the bench's own record not intact: {report.First}");
        return (report.Events, report.Events / report.Took.TotalSeconds);
    }
}
