using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests;

/// <summary>Bad input gets a clear problem with a stable code, and changes nothing that is stored.</summary>
public abstract class BadInputTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database);
    private ApiClient _thapthim = null!;
    private ApiClient _naphaporn = null!;
    private ApiClient _worawit = null!;

    public async Task InitializeAsync()
    {
        _thapthim = await _app.SignInAsync("thapthim");
        _naphaporn = await _app.SignInAsync("naphaporn");
        _worawit = await _app.SignInAsync("worawit");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<Guid> AtNayokAsync()
    {
        var id = await _thapthim.CreateAndSubmitAsync();
        await _naphaporn.OkAsync(await _naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office" }));
        await _naphaporn.OkAsync(await _naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "palad" }));
        return id;
    }

    private async Task Unchanged(Func<Task<HttpResponseMessage>> request, HttpStatusCode status, string code)
    {
        var before = await StoredState.ReadAsync(_app);
        await ApiClient.ProblemAsync(await request(), status, code);
        Assert.Equal(before, await StoredState.ReadAsync(_app));
    }

    [Fact]
    public async Task Reject_without_a_reason_is_refused_and_changes_nothing()
    {
        var id = await AtNayokAsync();
        await Unchanged(() => _worawit.PostAsync($"/api/memos/{id}/reject", new { stepId = "nayok" }), HttpStatusCode.BadRequest, "reason-required");
        await Unchanged(() => _worawit.PostAsync($"/api/memos/{id}/reject", new { stepId = "nayok", reason = "   " }), HttpStatusCode.BadRequest, "reason-required");
        var memo = await _worawit.GetJsonAsync($"/api/memos/{id}");
        Assert.Equal("pending", memo["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Return_without_a_reason_is_refused()
    {
        var id = await _thapthim.CreateAndSubmitAsync();
        await Unchanged(() => _naphaporn.PostAsync($"/api/memos/{id}/return", new { stepId = "head-of-office", reason = "" }), HttpStatusCode.BadRequest, "reason-required");
    }

    [Fact]
    public async Task Unknown_memo_is_not_found()
    {
        await Unchanged(() => _naphaporn.PostAsync($"/api/memos/{Guid.NewGuid()}/endorse", new { stepId = "head-of-office" }), HttpStatusCode.NotFound, "not-found");
        await ApiClient.ProblemAsync(await _naphaporn.Http.GetAsync($"/api/memos/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task The_wrong_person_cannot_act_on_a_step()
    {
        var id = await _thapthim.CreateAndSubmitAsync();
        await Unchanged(() => _worawit.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office" }), HttpStatusCode.Forbidden, "not-your-step");
        // The originator may not endorse their own memo either (the route does not allow it), even when holding the post.
        var page = await _naphaporn.GetJsonAsync("/api/memos?box=inbox");
        Assert.Contains(page["items"]!.AsArray(), m => m!["id"]!.GetValue<Guid>() == id);
    }

    [Fact]
    public async Task Only_the_originator_may_submit_edit_or_recall()
    {
        var memo = await _thapthim.CreateMemoAsync();
        var id = memo["id"]!.GetValue<Guid>();
        await Unchanged(() => _naphaporn.PostAsync($"/api/memos/{id}/submit"), HttpStatusCode.Forbidden, "not-originator");
        await Unchanged(() => _naphaporn.Http.PutAsJsonAsync($"/api/memos/{id}", Fields("แก้โดยคนอื่น")), HttpStatusCode.Forbidden, "not-originator");
        await _thapthim.OkAsync(await _thapthim.PostAsync($"/api/memos/{id}/submit"));
        await Unchanged(() => _naphaporn.PostAsync($"/api/memos/{id}/recall"), HttpStatusCode.Forbidden, "not-originator");
        await Unchanged(() => _thapthim.Http.PutAsJsonAsync($"/api/memos/{id}", Fields("แก้ระหว่างเสนอ")), HttpStatusCode.Conflict, "not-editable");
    }

    [Fact]
    public async Task Approving_at_an_endorse_step_is_the_wrong_action()
    {
        var id = await _thapthim.CreateAndSubmitAsync();
        await Unchanged(() => _naphaporn.PostAsync($"/api/memos/{id}/approve", new { stepId = "head-of-office" }), HttpStatusCode.Conflict, "wrong-action-for-step");
    }

    [Fact]
    public async Task A_missing_step_id_is_invalid_input()
    {
        var id = await _thapthim.CreateAndSubmitAsync();
        var problem = await ApiClient.ProblemAsync(await _naphaporn.PostAsync($"/api/memos/{id}/endorse", new { comment = "ok" }), HttpStatusCode.BadRequest, "validation-failed");
        Assert.NotNull(problem["errors"]!["stepId"]);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_field_by_field_or_as_too_large()
    {
        var before = await StoredState.ReadAsync(_app);
        var tooLong = await _thapthim.PostAsync("/api/memos", Fields("เรื่องยาว", new string('ก', 20_001)));
        var problem = await ApiClient.ProblemAsync(tooLong, HttpStatusCode.BadRequest, "validation-failed");
        Assert.Contains("20001", problem["errors"]!["body"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        var huge = await _thapthim.PostAsync("/api/memos", Fields("เรื่องใหญ่", new string('x', 400_000)));
        await ApiClient.ProblemAsync(huge, HttpStatusCode.RequestEntityTooLarge, "too-large");
        Assert.Equal(before, await StoredState.ReadAsync(_app));
    }

    [Fact]
    public async Task Malformed_json_is_a_bad_request()
    {
        var id = await AtNayokAsync();
        await Unchanged(() => _worawit.Http.PostAsync($"/api/memos/{id}/approve", new StringContent("{\"stepId\": \"nayok\"", Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, "malformed-request");
    }

    [Fact]
    public async Task Missing_required_fields_are_listed()
    {
        var before = await StoredState.ReadAsync(_app);
        var problem = await ApiClient.ProblemAsync(await _thapthim.PostAsync("/api/memos", new { subject = "" }), HttpStatusCode.BadRequest, "validation-failed");
        foreach (var field in new[] { "unit", "subject", "to", "body" }) Assert.NotNull(problem["errors"]![field]);
        await ApiClient.ProblemAsync(await _thapthim.PostAsync("/api/memos", Fields("x") with { urgency = "soon" }), HttpStatusCode.BadRequest, "validation-failed");
        Assert.Equal(before, await StoredState.ReadAsync(_app));
    }

    [Fact]
    public async Task Requests_without_a_token_or_with_bad_credentials_are_unauthorized()
    {
        var anonymous = _app.CreateClient();
        await ApiClient.ProblemAsync(await anonymous.GetAsync("/api/memos"), HttpStatusCode.Unauthorized, "unauthorized");
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        await ApiClient.ProblemAsync(await anonymous.GetAsync("/api/me"), HttpStatusCode.Unauthorized, "unauthorized");
        var wrong = await _app.CreateClient().PostAsJsonAsync("/api/auth/token", new { username = "thapthim", password = "wrong" });
        await ApiClient.ProblemAsync(wrong, HttpStatusCode.Unauthorized, "invalid-credentials");
        var nobody = await _app.CreateClient().PostAsJsonAsync("/api/auth/token", new { username = "nobody", password = "demo" });
        await ApiClient.ProblemAsync(nobody, HttpStatusCode.Unauthorized, "invalid-credentials");
    }

    [Fact]
    public async Task Unknown_list_filters_are_invalid_input()
    {
        await ApiClient.ProblemAsync(await _thapthim.Http.GetAsync("/api/memos?box=trash"), HttpStatusCode.BadRequest, "validation-failed");
        await ApiClient.ProblemAsync(await _thapthim.Http.GetAsync("/api/memos?status=lost"), HttpStatusCode.BadRequest, "validation-failed");
        await ApiClient.ProblemAsync(await _thapthim.Http.GetAsync("/api/memos?page=0"), HttpStatusCode.BadRequest, "validation-failed");
    }

    private static MemoBody Fields(string subject, string body = "เนื้อหา") =>
        new("สำนักปลัด", subject, "นายกองค์การบริหารส่วนตำบลภูซาง", body, null);

    private sealed record MemoBody(string unit, string subject, string to, string body, string? urgency);
}

public sealed class SqliteBadInputTests() : BadInputTests(TestDatabase.Sqlite());

public sealed class PostgreSqlBadInputTests() : BadInputTests(TestDatabase.PostgreSql());
