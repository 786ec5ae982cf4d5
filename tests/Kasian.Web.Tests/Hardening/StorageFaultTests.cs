using System.Net;
using System.Net.Http.Json;
using Kasian.Web.Data.Sql;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kasian.Web.Tests.Hardening;

/// <summary>
/// A database that cannot write answers 503 storage-unavailable with Retry-After, to the API and to the pages,
/// writes nothing, and takes the node out of /health/ready until writes work again.
/// </summary>
public abstract class StorageFaultTests : IAsyncLifetime
{
    private readonly ReadOnlyStorage _storage = new();
    private readonly KasianApp _app;

    protected StorageFaultTests(TestDatabase database) => _app = new KasianApp(database, services: _storage.AddTo);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_read_only_database_answers_503_with_Retry_After_and_is_not_ready_until_it_writes_again()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        var naphaporn = await _app.SignInAsync("naphaporn");
        var id = await thapthim.CreateAndSubmitAsync("ก่อนดิสก์เต็ม");
        var page = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _app.BaseAddress };
        await PageForms.SignInAsync(page, "thapthim");
        var token = await PageForms.TokenAsync(page, "/memos/new");
        var anonymous = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);
        var before = await StoredState.ReadAsync(_app);

        SetReadOnly(true);

        var created = await Created(thapthim);
        AssertRetryAfter(created);
        await ApiClient.ProblemAsync(created, HttpStatusCode.ServiceUnavailable, "storage-unavailable");
        var endorse = await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office" });
        AssertRetryAfter(endorse);
        await ApiClient.ProblemAsync(endorse, HttpStatusCode.ServiceUnavailable, "storage-unavailable");
        var composed = await page.PostAsync("/memos/new", PageForms.Form(("__af", token), ("Form.Unit", "สำนักปลัด"), ("Form.Subject", "เขียนตอนดิสก์เต็ม"),
            ("Form.To", "นายก"), ("Form.Body", "ข้อความ"), ("Form.Urgency", "normal")));
        AssertRetryAfter(composed);
        Assert.Equal("text/html", composed.Content.Headers.ContentType?.MediaType);
        var html = await composed.Content.ReadAsStringAsync();
        Assert.Contains("บันทึกข้อมูลไม่ได้ชั่วคราว", html, StringComparison.Ordinal);
        Assert.Contains("storage-unavailable", html, StringComparison.Ordinal);
        var health = await anonymous.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(before, await StoredState.ReadAsync(_app));

        SetReadOnly(false);
        // One failed write keeps the node out for a short window, so that a full disk (which only shows when a write
        // commits, not in the probe) does not flap it back at once.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await anonymous.GetAsync("/health/ready")).StatusCode);
        _app.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Created(thapthim)).StatusCode);
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office" }));
    }

    [Fact]
    public async Task The_readiness_probe_alone_finds_a_read_only_database()
    {
        var anonymous = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);
        SetReadOnly(true);
        var health = await anonymous.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
        SetReadOnly(false);
        _app.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);
    }

    private void SetReadOnly(bool on)
    {
        _storage.On = on;
        _storage.Apply(_app.Services.GetRequiredService<SqlSessions>().Writer);
    }

    private static void AssertRetryAfter(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
    }

    private static Task<HttpResponseMessage> Created(ApiClient client) =>
        client.Http.PostAsJsonAsync("/api/memos", new { unit = "สำนักปลัด", subject = "เขียนตอนดิสก์เต็ม", to = "นายก", body = "ข้อความ" });
}

public sealed class SqliteStorageFaultTests() : StorageFaultTests(TestDatabase.Sqlite());

public sealed class PostgreSqlStorageFaultTests() : StorageFaultTests(TestDatabase.PostgreSql());
