using System.Diagnostics;
using System.Text.Json;

namespace Kasian.Bench;

/// <summary>
/// Endorsements over HTTP: Kasian.Web on Kestrel in its own process, bearer auth, and Debian's wrk as the load
/// generator in another (endorse.lua). 409s are counted apart and left out of the throughput.
/// </summary>
public static class HttpEndorsements
{
    public sealed record Outcome(double PerSecond, int Endorsements, int Conflicts, int Other, int Exhausted, double P50Ms, double P90Ms, double P99Ms, long PeakRssBytes, long RssAfterBytes);

    public static async Task<Outcome> RunAsync(AppProcess app, string token, IReadOnlyList<Guid> memos, BenchSettings settings, int seconds)
    {
        var ids = Path.GetTempFileName();
        var output = Path.GetTempFileName();
        await File.WriteAllLinesAsync(ids, memos.Select(m => m.ToString()));
        var script = Path.Combine(AppContext.BaseDirectory, "endorse.lua");
        var info = new ProcessStartInfo("wrk",
            [$"-t{settings.HttpThreads}", $"-c{settings.HttpConnections}", $"-d{seconds}s", "--timeout", "5s", "-s", script, app.Address.ToString(),
             "--", ids, settings.HttpThreads.ToString(), BenchSettings.RouteSteps.ToString(), token])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["KASIAN_WRK_OUT"] = output;

        long peak = 0;
        using var wrk = Process.Start(info) ?? throw new BenchFailedException("could not start wrk (apt-get install wrk)");
        var stdout = wrk.StandardOutput.ReadToEndAsync();
        var stderr = wrk.StandardError.ReadToEndAsync();
        while (!wrk.HasExited)
        {
            peak = Math.Max(peak, app.Memory().Rss);
            await Task.Delay(100);
        }
        await wrk.WaitForExitAsync();
        if (wrk.ExitCode != 0) throw new BenchFailedException($"wrk failed ({wrk.ExitCode}): {await stderr} {await stdout}");

        var r = JsonDocument.Parse(await File.ReadAllTextAsync(output)).RootElement;
        File.Delete(ids);
        File.Delete(output);
        int Int(string name) => r.GetProperty(name).GetInt32();
        double Ms(string name) => r.GetProperty(name).GetDouble() / 1000;
        var okCount = Int("ok");
        if (Int("conflicts") > 0) Console.WriteLine($"  wrk: {(await stderr).Trim()}");
        return new Outcome(okCount / (r.GetProperty("durationUs").GetDouble() / 1e6), okCount, Int("conflicts"), Int("other") + Int("socketErrors"), Int("exhausted"),
            Ms("p50Us"), Ms("p90Us"), Ms("p99Us"), Math.Max(peak, app.Memory().Peak), app.Memory().Rss);
    }
}
