using System.Net;
using System.Text.Json.Nodes;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Admin;

/// <summary>Phu Sang with its demo people, a clerk, an auditor and a second office (<see cref="Offices"/>), and its administrator signed in.</summary>
public abstract class AdminTestBase(TestDatabase database) : IAsyncLifetime
{
    protected KasianApp App { get; } = new(database);

    /// <summary>The demo's <c>admin</c>: administrator and installation administrator of Phu Sang.</summary>
    protected ApiClient Admin { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        await Offices.AddAsync(App);
        Admin = await App.SignInAsync("admin");
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    protected Task<ApiClient> SignInAsync(string username) =>
        App.SignInAsync(username, username is "thapthim" or "naphaporn" or "worawit" or "admin" ? "demo" : Offices.Password);

    /// <summary>The request is refused with this status and code (and an error for <paramref name="field"/>), and nothing stored changes.</summary>
    protected async Task<JsonObject> RefusedAsync(Func<Task<HttpResponseMessage>> request, HttpStatusCode status, string code, string? field = null)
    {
        var before = await AdminState.ReadAsync(App);
        var problem = await AdminCalls.ProblemAsync(await request(), status, code, field);
        Assert.Equal(before, await AdminState.ReadAsync(App));
        return problem;
    }
}
