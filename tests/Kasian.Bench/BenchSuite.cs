using System.Diagnostics;

namespace Kasian.Bench;

/// <summary>The measurements, in the order they run, each on a fresh database.</summary>
public sealed class BenchSuite(BenchSettings settings, Report report, string routes, string root, string[] only)
{
    private const string Mb = "MB";
    private const int Rounds = 4;

    /// <summary>(1) the raw limit, (2) in-process endorsements and their storage, (4) inbox latency, on one provider.</summary>
    public async Task RunInProcessAsync(BenchDatabase database)
    {
        await using var db = database;
        await using var host = new BenchHost(db, routes, BenchHost.NewSigningKey());
        host.Start();
        var p = db.Provider;
        var people = await BenchData.SeedPeopleAsync(host);
        var cloner = new MemoCloner(db, await BenchData.SubmitTemplateAsync(host, people));
        Console.WriteLine($"{p}:");
        // The limit runs at synchronous=FULL; Kasian's own connections must be as durable for the ratio to mean anything.
        if (p == "Sqlite" && await host.SqliteSynchronousAsync() is var synchronous and < 2)
            throw new BenchFailedException($"Kasian's SQLite connections run synchronous={synchronous}, less durable than the limit's FULL (2)");

        // The disk's fsync time drifts (and this machine may be shared), so the limit and Kasian are measured in
        // alternating rounds over the same minutes, and each ratio compares like with like.
        if (only.Contains("raw") || only.Contains("inprocess"))
        {
            var rawMemo = await cloner.PendingAsync(1);
            // Warm both sides up until the JIT has moved their code to its optimised tier (call counts, then a
            // background compile): a server runs warm, and cold code measured here was half as fast (docs/benchmarks.md).
            var warming = Stopwatch.StartNew();
            do
            {
                await RawLimit.RunAsync(db, rawMemo, Math.Max(50, settings.RawTransactions / 10));
                await InProcessEndorsements.RunAsync(host, people.Approver, await cloner.PendingAsync(2), 1);
            }
            while (warming.Elapsed < settings.WarmUp);
            var memos = await cloner.PendingAsync(settings.SingleWriterMemos);
            var latency = new Latencies();
            var rounds = Math.Min(Rounds, memos.Count);
            double rawCount = 0, rawSeconds = 0, count = 0, seconds = 0, storage = 0;
            for (var r = 0; r < rounds; r++)
            {
                var raw = await RawLimit.MeasureAsync(db, rawMemo, settings.RawTransactions / rounds);
                rawCount += raw.Transactions;
                rawSeconds += raw.Seconds;
                var storedBefore = await db.MemoStorageBytesAsync();
                var kasian = await InProcessEndorsements.RunAsync(host, people.Approver, memos.Where((_, i) => i % rounds == r).ToList(), 1, into: latency);
                count += kasian.Endorsements;
                seconds += kasian.Seconds;
                storage += await db.MemoStorageBytesAsync() - storedBefore;
            }
            var rawSingle = rawCount / rawSeconds;
            var single = count / seconds;
            var bytes = storage / count;
            report.Add(new("1. raw ADO.NET durable transactions, 1 writer", p, rawSingle, "tx/s"));
            report.Add(new("2. in-process endorsements, 1 writer", p, single, "endorsements/s"));
            report.Add(new("2. in-process endorsement p50, 1 writer", p, latency.Percentile(50), "ms"));
            report.Add(new("2. in-process endorsement p99, 1 writer", p, latency.Percentile(99), "ms"));
            report.Add(new("2. ratio to raw limit, 1 writer", p, single / rawSingle, "ratio",
                p == "Sqlite" ? ">= 0.60" : null, p == "Sqlite" ? single / rawSingle >= 0.60 : null));
            report.Add(new("6. bytes stored per endorsement (memo + event tables, indexes)", p, bytes, "bytes", "< 2048", bytes < 2048));

            var rawConcurrent = await RawLimit.RunAsync(db, await cloner.PendingAsync(settings.ConcurrentWriters), settings.RawTransactions * 2);
            report.Add(new($"1. raw ADO.NET durable transactions, {settings.ConcurrentWriters} writers", p, rawConcurrent, "tx/s"));
            var full = await InProcessEndorsements.RunAsync(host, people.Approver, await cloner.PendingAsync(Math.Max(1, settings.SingleWriterMemos / 4)), 1, brief: false);
            report.Add(new("2. in-process endorsements, 1 writer, whole memo read back", p, full.PerSecond, "endorsements/s"));
            var concurrent = await InProcessEndorsements.RunAsync(host, people.Approver,
                await cloner.PendingAsync(settings.ConcurrentWriters * settings.MemosPerConcurrentWriter), settings.ConcurrentWriters);
            report.Add(new($"2. in-process endorsements, {settings.ConcurrentWriters} writers", p, concurrent.PerSecond, "endorsements/s"));
            report.Add(new($"2. in-process endorsement p99, {settings.ConcurrentWriters} writers", p, concurrent.Latency.Percentile(99), "ms"));
            report.Add(new($"2. ratio to raw limit, {settings.ConcurrentWriters} writers", p, concurrent.PerSecond / rawConcurrent, "ratio"));
            report.Add(new($"machine load average (1 min) after the {p} runs; 2 cores", "-", LoadAverage(), "runnable"));
        }

        if (only.Contains("inbox"))
        {
            var stored = 0;
            foreach (var size in settings.InboxSizes)
            {
                await cloner.ArchiveAsync(size - stored);
                stored = size;
                var inbox = await InboxLatency.RunAsync(host, people.Reader, stored, settings.InboxQueries);
                var last = size == settings.InboxSizes[^1] && size >= 1_000_000;
                report.Add(new($"4. inbox p50, {size:N0} memos stored ({inbox.InboxTotal} in the inbox)", p, inbox.Latency.Percentile(50), "ms"));
                var p99 = inbox.Latency.Percentile(99);
                report.Add(new($"4. inbox p99, {size:N0} memos stored", p, p99, "ms", last ? "< 10" : null, last ? p99 < 10 : null));
            }
        }

        if (only.Contains("sweep")) await RunSweepAsync(host, cloner, p);

        if (only.Contains("verify"))
        {
            var verify = await VerifySpeed.RunAsync(host, cloner, settings.Smoke ? 200 : 25_000);
            report.Add(new($"7. verify, {verify.Events:N0} events", p, verify.PerSecond, "events/s", ">= 100000", settings.Smoke ? null : verify.PerSecond >= 100_000));
        }
    }

    /// <summary>(5) The sweep with many memos waiting and few due: its cost should follow what is due, not what is stored.</summary>
    private async Task RunSweepAsync(BenchHost host, MemoCloner cloner, string p)
    {
        var now = DateTimeOffset.UtcNow;
        var waiting = 0;
        foreach (var size in settings.SweepPending)
        {
            // The first batch brings the due ones; later batches only add memos that are not due.
            await cloner.WaitingAsync(size - waiting, waiting == 0 ? settings.SweepDue : 0, now);
            waiting = size;
            var sweep = await ReminderSweepCost.RunAsync(host, now, settings.Sweeps);
            if (sweep.Found != settings.SweepDue) throw new BenchFailedException($"the sweep found {sweep.Found} due, not {settings.SweepDue}");
            var last = size == settings.SweepPending[^1] && size >= 1_000_000;
            var p99 = sweep.Latency.Percentile(99);
            report.Add(new($"5. reminder sweep p50, {size:N0} waiting, {sweep.Found:N0} due", p, sweep.Latency.Percentile(50), "ms"));
            report.Add(new($"5. reminder sweep p99, {size:N0} waiting", p, p99, "ms", last ? "< 250" : null, last ? p99 < 250 : null));
            report.Add(new($"5. allocated per sweep, {size:N0} waiting", p, sweep.AllocatedMegabytes, "MB"));
            report.Add(new($"5. bench process resident memory after the sweeps, {size:N0} waiting", p, sweep.ResidentMegabytes, "MB"));
        }
    }

    /// <summary>Other work on the machine skews every figure; the load average says how much there was.</summary>
    private static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>(3) endorsements over HTTP with wrk against Kasian.Web in its own process, (6) its memory and storage under that load.</summary>
    public async Task RunHttpAsync(BenchDatabase database)
    {
        await using var db = database;
        var key = BenchHost.NewSigningKey();
        List<Guid> warmup;
        List<List<Guid>> rounds = [];
        await using (var host = new BenchHost(db, routes, key))
        {
            host.Start();
            var people = await BenchData.SeedPeopleAsync(host);
            var cloner = new MemoCloner(db, await BenchData.SubmitTemplateAsync(host, people));
            warmup = await cloner.PendingAsync(settings.HttpMemos);
            for (var r = 0; r < settings.HttpRuns; r++) rounds.Add(await cloner.PendingAsync(settings.HttpMemos));
        }
        var p = db.Provider;
        Console.WriteLine($"{p} over HTTP (wrk -t{settings.HttpThreads} -c{settings.HttpConnections}, {settings.HttpRuns} runs of {settings.HttpSeconds} s):");
        await using var app = await AppProcess.StartAsync(root, db, routes, key);
        var token = await app.TokenAsync("bench-approver", BenchData.Password);
        await HttpEndorsements.RunAsync(app, token, warmup, settings, settings.HttpSeconds);

        // Several runs, and the median one (by throughput) reported: one run is easily spoilt by other work on a shared machine.
        var runs = new List<(HttpEndorsements.Outcome Run, double Bytes)>();
        foreach (var memos in rounds)
        {
            var before = await db.MemoStorageBytesAsync();
            var storedBefore = await db.EndorsementsStoredAsync();
            var run = await HttpEndorsements.RunAsync(app, token, memos, settings, settings.HttpSeconds);
            var stored = await db.EndorsementsStoredAsync() - storedBefore;
            Console.WriteLine($"  {run.PerSecond:N0}/s, p99 {run.P99Ms:N1} ms: {run.Endorsements} answered 200, {stored} stored (requests in flight when wrk stops add a few)");
            if (stored < run.Endorsements) throw new BenchFailedException($"{run.Endorsements - stored} endorsements answered 200 are not stored");
            if (run.Other > 0) throw new BenchFailedException($"{run.Other} endorsements over HTTP failed with neither 200 nor 409");
            if (run.Exhausted > 0) throw new BenchFailedException($"the bench ran out of memo steps ({run.Exhausted} requests): raise HttpMemos");
            runs.Add((run, (double)(await db.MemoStorageBytesAsync() - before) / Math.Max(1, run.Endorsements)));
        }
        var (median, bytes) = runs.OrderBy(r => r.Run.PerSecond).ElementAt(runs.Count / 2);

        report.Add(new("3. HTTP endorsements (200 only), median run", p, median.PerSecond, "endorsements/s", ">= 1500", median.PerSecond >= 1500));
        report.Add(new("3. HTTP endorsement p50, median run", p, median.P50Ms, "ms"));
        report.Add(new("3. HTTP endorsement p99, median run", p, median.P99Ms, "ms", "< 25", median.P99Ms < 25));
        report.Add(new("3. HTTP 409 conflicts, all runs (excluded above)", p, runs.Sum(r => r.Run.Conflicts), "responses"));
        report.Add(new("6. bytes stored per endorsement, HTTP run", p, bytes, "bytes", "< 2048", bytes < 2048));
        var peak = runs.Max(r => r.Run.PeakRssBytes);
        report.Add(new("6. app resident memory, peak under load", p, peak / 1048576.0, Mb, "< 300", peak < 300L * 1048576));
        report.Add(new("machine load average (1 min) after the HTTP runs; 2 cores", "-", LoadAverage(), "runnable"));
    }
}
