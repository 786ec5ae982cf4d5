using System.Globalization;

namespace Kasian.Web.Chain;

/// <summary>
/// <c>dotnet Kasian.Web.dll verify [--organisation CODE] [--digests DIR]</c>: verifies the record without starting
/// the web server. Exit 0 when intact (printing the count and each chain head), 1 naming the first disagreement,
/// 2 for a usage error.
/// </summary>
public sealed record VerifyCommand(string? Organisation, string? Digests)
{
    public const string Name = "verify";

    public const string Usage = "usage: Kasian.Web verify [--organisation CODE] [--digests DIRECTORY]";

    /// <summary>The command, or a usage message when the arguments are wrong; null when the host was not asked to verify.</summary>
    public static (VerifyCommand? Command, string? Error)? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != Name) return null;
        string? organisation = null, digests = null;
        for (var i = 1; i < args.Length; i++)
        {
            if (i + 1 >= args.Length) return (null, $"{args[i]}: a value is missing. {Usage}");
            switch (args[i])
            {
                case "--organisation": organisation = args[++i]; break;
                case "--digests": digests = args[++i]; break;
                default: return (null, $"{args[i]}: unknown option. {Usage}");
            }
        }
        if (digests is not null && !Directory.Exists(digests)) return (null, $"--digests {digests}: no such directory. {Usage}");
        return (new VerifyCommand(organisation, digests), null);
    }

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var digests = scope.ServiceProvider.GetRequiredService<RecordDigests>();
        var (anchors, fileFindings) = await digests.AnchorsAsync(Digests, ct);
        var report = await scope.ServiceProvider.GetRequiredService<ChainVerifier>().VerifyAsync(Organisation, anchors, ct);
        report = report with { FileFindings = fileFindings };
        if (Organisation is not null && report.Chains.Count == 0)
        {
            await output.WriteLineAsync($"No organisation has the code '{Organisation}'.");
            return 2;
        }
        Print(report, output);
        return report.Intact ? 0 : 1;
    }

    public static void Print(VerifyReport report, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var chain in report.Chains)
            output.WriteLine(string.Create(c, $"{chain.OrganisationCode}: {chain.Events} events, chain head {chain.Position} {chain.Head}{(chain.Unsealed > 0 ? $", {chain.Unsealed} not yet sealed" : "")}"));
        var seconds = Math.Max(report.Took.TotalSeconds, 1e-6);
        output.WriteLine(string.Create(c, $"{report.Events} events in {report.Chains.Count} chains verified in {report.Took.TotalSeconds:0.000} s ({report.Events / seconds:0} events/s)"));
        if (report.Intact)
        {
            output.WriteLine("intact");
            return;
        }
        output.WriteLine(string.Create(c, $"NOT INTACT: {report.First}"));
        foreach (var f in report.FileFindings.Concat(report.Chains.SelectMany(x => x.Findings)).Skip(1)) output.WriteLine("  also: " + f);
    }
}
