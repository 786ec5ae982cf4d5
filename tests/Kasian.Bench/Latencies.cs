namespace Kasian.Bench;

/// <summary>Per-operation times, in milliseconds, and their percentiles.</summary>
public sealed class Latencies
{
    private readonly List<double> _ms = [];
    private readonly Lock _lock = new();

    public void Add(TimeSpan elapsed)
    {
        lock (_lock) _ms.Add(elapsed.TotalMilliseconds);
    }

    public void AddAll(Latencies other)
    {
        lock (_lock) _ms.AddRange(other._ms);
    }

    public int Count => _ms.Count;

    public double Percentile(double p)
    {
        lock (_lock)
        {
            if (_ms.Count == 0) return double.NaN;
            var sorted = _ms.Order().ToList();
            return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
        }
    }
}
