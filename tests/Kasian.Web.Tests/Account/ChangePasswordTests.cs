using System.Net;
using System.Net.Http.Json;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Tests.Account;

/// <summary>POST /api/me/password: my own password, proven by the current one, audited, under the same rules as everywhere.</summary>
public abstract class ChangePasswordTests(TestDatabase database) : IAsyncLifetime
{
    private const string NewPassword = "ทับทิม-new-password-2569";
    private readonly KasianApp _app = new(database);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task<(string Hash, int Audit)> StoredAsync() => _app.WithDbAsync(async db =>
        ((await db.People.SingleAsync(p => p.Username == "thapthim")).PasswordHash, await db.AuditRecords.CountAsync()));

    private async Task<HttpStatusCode> TokenStatusAsync(string password) =>
        (await _app.CreateClient().PostAsJsonAsync("/api/auth/token", new { username = "thapthim", password })).StatusCode;

    [Fact]
    public async Task Changing_my_password_needs_the_current_one_and_is_audited()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        var response = await thapthim.PostAsync("/api/me/password", new { currentPassword = "demo", newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await TokenStatusAsync("demo"));
        Assert.Equal(HttpStatusCode.OK, await TokenStatusAsync(NewPassword));
        var audit = await _app.WithDbAsync(db => db.AuditRecords.SingleAsync());
        Assert.Equal("person.password-changed", audit.Action);
        Assert.Equal("thapthim", audit.ActorUsername);
        Assert.DoesNotContain(NewPassword, audit.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("demo", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_current_password_changes_nothing()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        var before = await StoredAsync();

        var problem = await ApiClient.ProblemAsync(
            await thapthim.PostAsync("/api/me/password", new { currentPassword = "not-my-password", newPassword = NewPassword }),
            HttpStatusCode.BadRequest, "wrong-current-password");

        Assert.True(problem["errors"]!.AsObject().ContainsKey("currentPassword"));
        Assert.Equal(before, await StoredAsync());
        Assert.Equal(HttpStatusCode.OK, await TokenStatusAsync("demo"));
    }

    [Theory]
    [InlineData("demo", "short", "newPassword")]
    [InlineData("demo", "", "newPassword")]
    [InlineData("demo", null, "newPassword")]
    [InlineData("", NewPassword, "currentPassword")]
    [InlineData(null, NewPassword, "currentPassword")]
    public async Task New_password_rules_are_those_of_every_password(string? current, string? next, string field)
    {
        var thapthim = await _app.SignInAsync("thapthim");
        var before = await StoredAsync();
        var problem = await ApiClient.ProblemAsync(
            await thapthim.PostAsync("/api/me/password", new { currentPassword = current, newPassword = next }), HttpStatusCode.BadRequest, "validation-failed");
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task Too_long_or_unchanged_passwords_are_refused()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        Assert.Equal(HttpStatusCode.NoContent, (await thapthim.PostAsync("/api/me/password", new { currentPassword = "demo", newPassword = NewPassword })).StatusCode);
        var before = await StoredAsync();
        await ApiClient.ProblemAsync(await thapthim.PostAsync("/api/me/password", new { currentPassword = NewPassword, newPassword = new string('ก', 129) }),
            HttpStatusCode.BadRequest, "validation-failed");
        await ApiClient.ProblemAsync(await thapthim.PostAsync("/api/me/password", new { currentPassword = NewPassword, newPassword = NewPassword }),
            HttpStatusCode.BadRequest, "validation-failed");
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task Nobody_signed_in_cannot_change_a_password()
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/me/password", new { currentPassword = "demo", newPassword = NewPassword });
        await ApiClient.ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
    }
}

public sealed class SqliteChangePasswordTests() : ChangePasswordTests(TestDatabase.Sqlite());

public sealed class PostgreSqlChangePasswordTests() : ChangePasswordTests(TestDatabase.PostgreSql());
