using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.MultiNode;

/// <summary>One real Kasian.Web process on its own loopback port, as a node behind a load balancer would run.</summary>
public sealed class KasianNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private KasianNode(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Log { get { lock (_log) return _log.ToString(); } }

    public static KasianNode Start(TestDatabase database, string signingKey, IDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var web = typeof(Program).Assembly.Location;
        var info = new ProcessStartInfo("dotnet", [web])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Kasian__Database__Provider"] = database.Provider;
        info.Environment["Kasian__Database__ConnectionString"] = database.ConnectionString;
        info.Environment["Kasian__Demo"] = "true";
        info.Environment["Kasian__Auth__SigningKey"] = signingKey;
        foreach (var (k, v) in settings ?? new Dictionary<string, string>()) info.Environment[k] = v;

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var node = new KasianNode(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Waits until /health/ready answers 200: migrations applied, routes loaded.</summary>
    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"node exited with {_process.ExitCode}:\n{Log}");
            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            // Polling a starting process, not waiting for a deadline of the domain: there is no clock to move here.
            await Task.Delay(200);
        }
        throw new TimeoutException($"node at {Address} not ready in {timeout}:\n{Log}");
    }

    /// <summary>Waits until the node has written <paramref name="text"/> to its console log.</summary>
    public async Task WaitForLogAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Log.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited) throw new InvalidOperationException($"node exited with {_process.ExitCode}:\n{Log}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"node at {Address} did not log \"{text}\" in {timeout}:\n{Log}");
            await Task.Delay(100);
        }
    }

    public async Task<ApiClient> SignInAsync(string username) =>
        await ApiClient.SignInAsync(new HttpClient { BaseAddress = Address }, username, "demo");

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
