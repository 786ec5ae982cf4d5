using System.Diagnostics;

namespace Kasian.Bench;

/// <summary>
/// Kasian's benchmark (issue 6, docs/benchmarks.md). Full run: scripts/bench.sh. CI: --smoke (tiny sizes, targets
/// not enforced). PostgreSQL comes from --postgres, KASIAN_BENCH_POSTGRES or KASIAN_TEST_POSTGRES (scripts/test.sh's).
/// Named apart from Kasian.Web's Program, which the in-process host starts.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var settings = args.Contains("--smoke") ? BenchSettings.SmokeRun : BenchSettings.Full;
        var only = Option("--only")?.Split(',') ?? ["raw", "inprocess", "inbox", "sweep", "verify", "http"];
        var providers = Option("--providers")?.Split(',') ?? ["Sqlite", "PostgreSql"];
        var server = Option("--postgres") ?? Environment.GetEnvironmentVariable("KASIAN_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("KASIAN_TEST_POSTGRES");
        var root = RepositoryRoot();
        var report = new Report(settings);
        var started = Stopwatch.GetTimestamp();

        Console.WriteLine($"Kasian bench ({(settings.Smoke ? "smoke" : "full")}): {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB");
        if (providers.Contains("PostgreSql") && server is null)
        {
            Console.Error.WriteLine("bench failed: no PostgreSQL: pass --postgres, or set KASIAN_BENCH_POSTGRES (scripts/bench.sh starts one)");
            return 1;
        }
        BenchHost.UseContentRoot(root);
        var routes = BenchData.WriteRoutes(root);
        try
        {
            var suite = new BenchSuite(settings, report, routes, root, only);
            foreach (var provider in providers)
                await suite.RunInProcessAsync(provider == "PostgreSql" ? BenchDatabase.PostgreSql(server!) : BenchDatabase.Sqlite());
            if (only.Contains("http") && providers.Contains("PostgreSql"))
                await suite.RunHttpAsync(BenchDatabase.PostgreSql(server!));
        }
        catch (BenchFailedException e)
        {
            Console.Error.WriteLine($"bench failed: {e.Message}");
            return 1;
        }
        finally
        {
            Directory.Delete(routes, recursive: true);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        await report.WriteAsync(Path.Combine(root, "artifacts", settings.Smoke ? "bench-smoke" : "bench"), elapsed);
        Console.WriteLine();
        Console.WriteLine(report.Markdown());
        var missed = report.Figures.Count(f => f.Met == false);
        Console.WriteLine($"{report.Figures.Count} figures in {elapsed.TotalSeconds:N0} s; {missed} targets missed{(settings.Smoke ? " (smoke run: targets not enforced)" : "")}; artifacts/{(settings.Smoke ? "bench-smoke" : "bench")}/results.json");
        return 0;

        string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Kasian.slnx"))) return dir.FullName;
        throw new BenchFailedException("run the bench from inside the repository");
    }
}
