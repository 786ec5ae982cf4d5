namespace Kasian.Bench;

/// <summary>How much of everything to do: the full run (docs/benchmarks.md) or the CI smoke run (tiny sizes, no targets).</summary>
public sealed record BenchSettings(
    bool Smoke,
    int RawTransactions,
    int SingleWriterMemos,
    int ConcurrentWriters,
    int MemosPerConcurrentWriter,
    int[] InboxSizes,
    int InboxQueries,
    int HttpSeconds,
    int HttpRuns,
    int HttpMemos,
    int HttpThreads,
    int HttpConnections,
    int[] SweepPending,
    int SweepDue,
    int Sweeps,
    TimeSpan WarmUp)
{
    /// <summary>Endorse steps on the bench route; one memo takes this many endorsements before its decide step.</summary>
    public const int RouteSteps = 50;

    public static BenchSettings Full { get; } = new(false, 8_000, 80, 8, 10, [10_000, 100_000, 1_000_000], 2_000, 10, 5, 1_600, 2, 8, [100_000, 1_000_000], 1_000, 20, TimeSpan.FromSeconds(5));

    public static BenchSettings SmokeRun { get; } = new(true, 100, 2, 8, 1, [1_000], 100, 2, 1, 400, 2, 4, [2_000], 10, 3, TimeSpan.Zero);
}
