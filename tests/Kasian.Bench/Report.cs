using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kasian.Bench;

/// <summary>One figure: what was measured, on which database, the value, and the target it answers to (if any).</summary>
public sealed record Figure(string Measure, string Provider, double Value, string Unit, string? Target = null, bool? Met = null);

/// <summary>Collects the figures, prints them as a table, and writes artifacts/bench/results.json and results.md.</summary>
public sealed class Report(BenchSettings settings)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<Figure> _figures = [];

    public IReadOnlyList<Figure> Figures => _figures;

    public void Add(Figure figure)
    {
        _figures.Add(figure);
        Console.WriteLine($"  {figure.Measure,-58} {figure.Provider,-10} {Format(figure.Value),12} {figure.Unit,-14} {Verdict(figure)}");
    }

    public string Markdown()
    {
        var md = new StringBuilder();
        md.AppendLine("| measure | database | value | unit | target | met |");
        md.AppendLine("|---|---|---:|---|---|---|");
        foreach (var f in _figures)
            md.AppendLine(CultureInfo.InvariantCulture, $"| {f.Measure} | {f.Provider} | {Format(f.Value)} | {f.Unit} | {f.Target ?? ""} | {(f.Met is { } m ? (m ? "yes" : "**no**") : "")} |");
        return md.ToString();
    }

    public async Task WriteAsync(string directory, TimeSpan elapsed)
    {
        Directory.CreateDirectory(directory);
        var doc = new
        {
            takenAt = DateTimeOffset.UtcNow,
            mode = settings.Smoke ? "smoke" : "full",
            machine = new { Environment.ProcessorCount, memoryGiB = Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1), os = Environment.OSVersion.VersionString, runtime = Environment.Version.ToString() },
            elapsedSeconds = Math.Round(elapsed.TotalSeconds, 1),
            settings,
            figures = _figures,
        };
        await File.WriteAllTextAsync(Path.Combine(directory, "results.json"), JsonSerializer.Serialize(doc, Json));
        await File.WriteAllTextAsync(Path.Combine(directory, "results.md"), Markdown());
    }

    private static string Verdict(Figure f) => f.Met switch { true => $"ok ({f.Target})", false => $"MISSED ({f.Target})", null => "" };

    private static string Format(double v) => v switch
    {
        >= 100 => v.ToString("N0", CultureInfo.InvariantCulture),
        >= 1 => v.ToString("N2", CultureInfo.InvariantCulture),
        _ => v.ToString("0.###", CultureInfo.InvariantCulture),
    };
}
