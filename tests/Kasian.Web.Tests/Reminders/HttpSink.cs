using System.Collections.Concurrent;
using System.Net;

namespace Kasian.Web.Tests.Reminders;

public sealed record ReceivedRequest(string Method, string Path, WebHeaderCollection Headers, byte[] Body);

/// <summary>A loopback HTTP server that records every request and answers with <see cref="Status"/> (LINE's API and webhook receivers stand-in).</summary>
public sealed class HttpSink : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public HttpSink()
    {
        Port = SmtpSink.FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public volatile int Status = 200;

    /// <summary>The body of an answer that is not a success: what a receiver says that Kasian must never show.</summary>
    public volatile string ErrorBody = "{\"message\":\"receiver is down\"}";

    /// <summary>Sent as the Location header when set (with a 3xx <see cref="Status"/>, a redirect).</summary>
    public volatile string? Location;

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var headers = new WebHeaderCollection();
            foreach (string key in context.Request.Headers) headers[key] = context.Request.Headers[key];
            Requests.Enqueue(new ReceivedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers, body.ToArray()));
            context.Response.StatusCode = Status;
            if (Location is { } location) context.Response.RedirectLocation = location;
            var answer = Status < 300 ? "{}"u8.ToArray() : System.Text.Encoding.UTF8.GetBytes(ErrorBody);
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
