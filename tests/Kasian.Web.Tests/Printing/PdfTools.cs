using System.ComponentModel;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Printing;

/// <summary>
/// The real tools a person would check a PDF with (Debian's poppler-utils and zbar-tools; scripts/test.sh installs
/// them): text in reading order, embedded fonts, pages as pictures, and the QR code read back. Files are kept under
/// artifacts/pdf/ for a person to look at.
/// </summary>
internal static partial class PdfTools
{
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Path, "artifacts", "pdf")).FullName;

    public static string Save(byte[] pdf, string name)
    {
        var path = Path.Combine(Artifacts, name + ".pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    /// <summary>The whole text in reading order (pdftotext's default).</summary>
    public static Task<string> TextAsync(string pdf) => RunAsync("pdftotext", "-enc", "UTF-8", pdf, "-");

    /// <summary>
    /// One page as laid out, line by line. Reading order would join "- ๒ -" to the next line: pdftotext takes a line
    /// ending in a hyphen for a word broken across lines.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PageLinesAsync(string pdf, int page) =>
        (await RunAsync("pdftotext", "-layout", "-f", $"{page}", "-l", $"{page}", "-enc", "UTF-8", pdf, "-"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.Length > 0 && l != "\f").ToList();

    public static async Task<int> PagesAsync(string pdf) =>
        int.Parse(PagesLine().Match(await RunAsync("pdfinfo", pdf)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>pdffonts' table: one (name, embedded) per font.</summary>
    public static async Task<IReadOnlyList<(string Name, bool Embedded)>> FontsAsync(string pdf)
    {
        var lines = (await RunAsync("pdffonts", pdf)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2);
        return lines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(t => (t[0], t[^5] == "yes")).ToList();
    }

    /// <summary>Renders one page to PNG at <paramref name="dpi"/> and returns its path.</summary>
    public static async Task<string> PageImageAsync(string pdf, int page, int dpi, string name)
    {
        var prefix = Path.Combine(Artifacts, name);
        await RunAsync("pdftoppm", "-f", $"{page}", "-l", $"{page}", "-r", $"{dpi}", "-png", "-singlefile", pdf, prefix);
        return prefix + ".png";
    }

    public static async Task<string> QrCodeAsync(string png) => (await RunAsync("zbarimg", "--raw", "-q", png)).Trim();

    /// <summary>How many images are drawn (pdfimages -list: a line per image drawn, and one per transparency mask).</summary>
    public static async Task<int> ImagesAsync(string pdf) =>
        (await RunAsync("pdfimages", "-list", pdf)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Count(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2] == "image");

    /// <summary>Asserts the needles occur in this order; whitespace is ignored, since where a line wraps is layout's business.</summary>
    public static void InOrder(string text, params string[] needles)
    {
        var squashed = Squash(text);
        var at = 0;
        foreach (var needle in needles)
        {
            var found = squashed.IndexOf(Squash(needle), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{needle}' not found after position {at} in the PDF text:\n{text}");
            at = found + Squash(needle).Length;
        }
    }

    public static string Squash(string text) => Whitespace().Replace(text, "");

    private static async Task<string> RunAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is missing: apt-get install -y poppler-utils zbar-tools (scripts/test.sh does).", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} exited {process.ExitCode}: {await error}");
            return await output;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();
}
