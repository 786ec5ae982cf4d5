using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kasian.Web.Tests.Hardening;

/// <summary>
/// No /api endpoint parses a body of any size. The walk takes every POST and PUT the app maps that reads JSON,
/// wherever it is mapped from, so an endpoint added later outside the limited group fails here.
/// </summary>
public sealed partial class ApiLimitsTests : IAsyncLifetime
{
    private readonly KasianApp _app = new(TestDatabase.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_2_MB_JSON_body_to_every_JSON_endpoint_is_413_and_changes_nothing()
    {
        var admin = await _app.SignInAsync("admin");
        var before = await StoredState.ReadAsync(_app);
        var body = "{\"subject\":\"" + new string('ก', 700_000) + "\"}";
        Assert.True(Encoding.UTF8.GetByteCount(body) > 2_000_000);

        var walked = new List<string>();
        foreach (var (method, pattern) in JsonEndpoints())
        {
            var path = Parameter().Replace(pattern, m => m.Value.Contains(":int", StringComparison.Ordinal) ? "2027" : Guid.NewGuid().ToString());
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            // Kestrel answers 413 from the Content-Length alone and closes the connection: a client still writing the 2 MB then
            // sees a broken pipe instead of the answer, depending on timing. Asking first (Expect: 100-continue), as large
            // uploads should, the client waits for the answer before it sends the body.
            request.Headers.ExpectContinue = true;
            var response = await admin.Http.SendAsync(request);
            await ApiClient.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "too-large");
            walked.Add($"{method} {pattern}");
        }

        Assert.Contains("POST /api/memos/", walked);
        Assert.Contains("PUT /api/me/notifications", walked);
        Assert.Contains("POST /api/memos/{id:guid}/endorse", walked);
        Assert.Equal(before, await StoredState.ReadAsync(_app));
    }

    private IEnumerable<(string Method, string Pattern)> JsonEndpoints() =>
        _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/", StringComparison.Ordinal)
                && e.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts && accepts.ContentTypes.Contains("application/json"))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Where(m => m is "POST" or "PUT").Select(m => (m, e.RoutePattern.RawText!)))
            .OrderBy(x => x.Item2, StringComparer.Ordinal);

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
