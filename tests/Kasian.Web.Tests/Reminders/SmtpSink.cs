using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Kasian.Web.Tests.Infrastructure;
using MimeKit;

namespace Kasian.Web.Tests.Reminders;

/// <summary>A real SMTP server on loopback (Debian's python3-aiosmtpd), saving what it receives to a folder.</summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder = Directory.CreateTempSubdirectory("kasian-smtp-").FullName;

    private SmtpSink(int port)
    {
        Port = port;
        var script = Path.Combine(RepositoryRoot.Path, "tests", "Kasian.Web.Tests", "Reminders", "smtp_sink.py");
        // Debian's python3 carries python3-aiosmtpd; a pyenv python3 earlier on PATH would not.
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        _process = Process.Start(new ProcessStartInfo(python, [script, _folder, port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("could not start the SMTP sink");
    }

    public int Port { get; }

    public static async Task<SmtpSink> StartAsync()
    {
        var sink = new SmtpSink(FreePort());
        var ready = await sink._process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        if (ready != "ready")
            throw new InvalidOperationException("SMTP sink did not start (is python3-aiosmtpd installed?): " + await sink._process.StandardError.ReadToEndAsync());
        return sink;
    }

    /// <summary>Waits for at least <paramref name="count"/> messages (delivery is done when the sweep returns; this only allows for the file rename).</summary>
    public async Task<IReadOnlyList<MimeMessage>> MessagesAsync(int count)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var files = Directory.GetFiles(_folder, "*.eml").Order().ToList();
            if (files.Count >= count || DateTime.UtcNow > until)
                return files.Select(f => MimeMessage.Load(f)).ToList();
            await Task.Delay(50);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(5000)) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
