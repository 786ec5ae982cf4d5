using System.Diagnostics;
using System.Net.Http.Json;

namespace Kasian.Bench;

/// <summary>Kasian.Web as its own process on Kestrel (the Release build next to the repository's sources), for the HTTP benchmark.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    public static async Task<AppProcess> StartAsync(string repositoryRoot, BenchDatabase database, string routes, string signingKey)
    {
        var dll = Path.Combine(repositoryRoot, "src", "Kasian.Web", "bin", "Release", "net10.0", "Kasian.Web.dll");
        if (!File.Exists(dll)) throw new BenchFailedException($"{dll} is missing: run the bench with -c Release.");
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [dll]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Kasian__Database__Provider"] = database.Provider;
        info.Environment["Kasian__Database__ConnectionString"] = database.ConnectionString;
        info.Environment["Kasian__Routes__Directory"] = routes;
        info.Environment["Kasian__Demo"] = "false";
        info.Environment["Kasian__Auth__SigningKey"] = signingKey;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info) ?? throw new BenchFailedException("could not start Kasian.Web");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"  [app] {e.Data}"); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"  [app] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}"));

        using var http = new HttpClient { BaseAddress = app.Address };
        for (var deadline = DateTime.UtcNow.AddSeconds(60); ; await Task.Delay(200))
        {
            if (process.HasExited) throw new BenchFailedException($"Kasian.Web exited with {process.ExitCode}");
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode) return app;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline) { }
            if (DateTime.UtcNow > deadline) throw new BenchFailedException("Kasian.Web did not become ready in 60 s");
        }
    }

    public async Task<string> TokenAsync(string username, string password)
    {
        using var http = new HttpClient { BaseAddress = Address };
        var response = await http.PostAsJsonAsync("/api/auth/token", new { username, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }

    /// <summary>Resident set size now and at its peak (VmRSS, VmHWM), in bytes.</summary>
    public (long Rss, long Peak) Memory()
    {
        long Read(string key) => File.ReadLines($"/proc/{_process.Id}/status")
            .Where(l => l.StartsWith(key, StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024).FirstOrDefault();
        return (Read("VmRSS:"), Read("VmHWM:"));
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
