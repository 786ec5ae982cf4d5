using System.Net;
using System.Net.Http.Json;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Admin;

public abstract class PeopleTests(TestDatabase database) : AdminTestBase(database)
{
    private static object Somchai(params string[] roles) =>
        new { username = "somchai", displayName = "นายสมชาย ใจดี", email = "somchai@phusang.example", password = "somchai-password", roles };

    [Fact]
    public async Task Administrator_adds_a_person_who_can_then_sign_in()
    {
        var created = await Admin.CreatedAsync("/api/admin/people", Somchai("clerk", "auditor"));
        Assert.Equal("somchai", created["username"]!.GetValue<string>());
        Assert.Equal(["clerk", "auditor"], created["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.True(created["active"]!.GetValue<bool>());
        Assert.Empty(created["capacities"]!.AsArray());
        Assert.Null(created["passwordHash"]);
        Assert.DoesNotContain("somchai-password", created.ToJsonString(), StringComparison.Ordinal);

        var somchai = await App.SignInAsync("somchai", "somchai-password");
        Assert.Equal("นายสมชาย ใจดี", (await somchai.GetJsonAsync("/api/me"))["displayName"]!.GetValue<string>());

        var people = await Admin.ItemsAsync("/api/admin/people");
        Assert.Equal(["admin", "naphaporn", Offices.Auditor, Offices.Clerk, "somchai", "thapthim", "worawit"], people.Select(p => p["username"]!.GetValue<string>()));
        var naphaporn = people.Single(p => p["username"]!.GetValue<string>() == "naphaporn");
        Assert.Equal(["หัวหน้าสำนักปลัด", "หัวหน้าสำนักปลัด รักษาราชการแทน ปลัดองค์การบริหารส่วนตำบลภูซาง"],
            naphaporn["capacities"]!.AsArray().Select(c => c!["text"]!.GetValue<string>()));
        Assert.Equal(2, (await Admin.GetJsonAsync($"/api/admin/people/{naphaporn["id"]}"))["appointments"]!.AsArray().Count);
    }

    [Fact]
    public async Task Person_fields_are_checked_and_a_refusal_writes_nothing()
    {
        await RefusedAsync(() => Admin.PostAsync("/api/admin/people", new { displayName = "นายสมชาย ใจดี", password = "somchai-password" }), HttpStatusCode.BadRequest, "validation-failed", "username");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/people", new { username = "som chai", displayName = "นายสมชาย ใจดี", password = "somchai-password" }), HttpStatusCode.BadRequest, "validation-failed", "username");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/people", new { username = "somchai", displayName = "\u200B\u200C", password = "somchai-password" }), HttpStatusCode.BadRequest, "validation-failed", "displayName");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/people", new { username = "somchai", displayName = "นายสมชาย ใจดี", password = "short" }), HttpStatusCode.BadRequest, "validation-failed", "password");
        await RefusedAsync(() => Admin.PostAsync("/api/admin/people", new { username = "somchai", displayName = "นายสมชาย ใจดี", email = "not an address", password = "somchai-password" }), HttpStatusCode.BadRequest, "validation-failed", "email");
        var role = await RefusedAsync(() => Admin.PostAsync("/api/admin/people", Somchai("clerk", "boss")), HttpStatusCode.BadRequest, "validation-failed", "roles");
        Assert.Contains("'boss'", role["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var worawit = await App.PersonIdAsync("worawit");
        await RefusedAsync(() => Admin.PutAsync($"/api/admin/people/{worawit}", new { displayName = "นายวรวิทย์ เผ่าใจมา" }), HttpStatusCode.BadRequest, "validation-failed", "roles");
        await RefusedAsync(() => Admin.PostAsync($"/api/admin/people/{worawit}/password", new { password = "123" }), HttpStatusCode.BadRequest, "validation-failed", "password");
        await RefusedAsync(() => Admin.PutAsync($"/api/admin/people/{Guid.NewGuid()}", new { displayName = "x", roles = Array.Empty<string>() }), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Usernames_are_unique_across_the_whole_installation()
    {
        var problem = await RefusedAsync(() => Admin.PostAsync("/api/admin/people", new { username = "Thapthim", displayName = "อีกคน", password = "another-password" }),
            HttpStatusCode.Conflict, "duplicate");
        Assert.Contains("'thapthim' is taken", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        // Taken in another office counts too: usernames sign in without naming an office.
        await RefusedAsync(() => Admin.PostAsync("/api/admin/people", new { username = Offices.OtherAdmin, displayName = "อีกคน", password = "another-password" }),
            HttpStatusCode.Conflict, "duplicate");
    }

    [Fact]
    public async Task Simultaneous_creates_of_one_username_make_one_person_and_the_rest_get_409_duplicate()
    {
        // All pass the duplicate check before any commits (hashing the password sits between the two): the unique index decides.
        var clients = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => SignInAsync("admin")));
        var responses = await Task.WhenAll(clients.Select(c => c.PostAsync("/api/admin/people", Somchai("clerk"))));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            await ApiClient.ProblemAsync(refused, HttpStatusCode.Conflict, "duplicate");
        Assert.Single(await Admin.ItemsAsync("/api/admin/people"), p => p["username"]!.GetValue<string>() == "somchai");
    }

    [Fact]
    public async Task Administrator_edits_a_person_and_resets_their_password()
    {
        var worawit = await App.PersonIdAsync("worawit");
        var edited = await Admin.OkAsync(await Admin.PutAsync($"/api/admin/people/{worawit}",
            new { displayName = "นายวรวิทย์ เผ่าใจมา", email = "nayok@phusang.example", roles = new[] { "auditor" } }));
        Assert.Equal("nayok@phusang.example", edited["email"]!.GetValue<string>());
        Assert.Equal(["auditor"], edited["roles"]!.AsArray().Select(r => r!.GetValue<string>()));

        await Admin.OkAsync(await Admin.PostAsync($"/api/admin/people/{worawit}/password", new { password = "a-new-password" }));
        var oldPassword = await App.CreateClient().PostAsJsonAsync("/api/auth/token", new { username = "worawit", password = "demo" });
        await ApiClient.ProblemAsync(oldPassword, HttpStatusCode.Unauthorized, "invalid-credentials");
        await App.SignInAsync("worawit", "a-new-password");
    }

    [Fact]
    public async Task A_deactivated_person_cannot_sign_in_and_a_token_they_hold_stops_working()
    {
        var thapthim = await SignInAsync("thapthim");
        var seed = (await thapthim.ItemsAsync("/api/memos?box=sent&status=draft")).Single()["id"]!.GetValue<Guid>();
        var id = await App.PersonIdAsync("thapthim");

        var deactivated = await Admin.OkAsync(await Admin.PostAsync($"/api/admin/people/{id}/deactivate"));
        Assert.False(deactivated["active"]!.GetValue<bool>());

        var signIn = await App.CreateClient().PostAsJsonAsync("/api/auth/token", new { username = "thapthim", password = "demo" });
        await ApiClient.ProblemAsync(signIn, HttpStatusCode.Unauthorized, "invalid-credentials");
        // The token issued before still passes its signature check; the account behind it no longer does.
        await ApiClient.ProblemAsync(await thapthim.Http.GetAsync("/api/me"), HttpStatusCode.Unauthorized, "unauthorized");
        await ApiClient.ProblemAsync(await thapthim.PostAsync("/api/memos", new { unit = "สำนักปลัด", subject = "ทดสอบ", to = "นายก", body = "ทดสอบ" }), HttpStatusCode.Unauthorized, "unauthorized");
        // The memo action path loads its own actor (ILoadsOwnActor) and refuses too.
        await ApiClient.ProblemAsync(await thapthim.PostAsync($"/api/memos/{seed}/submit"), HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Null((await Admin.GetJsonAsync($"/api/memos/{seed}"))["number"]);

        // Nor through the sign-in page: the form comes back, and no session cookie with it.
        var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = App.BaseAddress };
        var page = await browser.PostAsync("/signin", PageForms.Form(("Username", "thapthim"), ("Password", "demo"), ("__af", await PageForms.TokenAsync(browser, "/signin"))));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);

        // Deactivating again changes nothing; reactivating lets them back in.
        await Admin.OkAsync(await Admin.PostAsync($"/api/admin/people/{id}/deactivate"));
        await Admin.OkAsync(await Admin.PostAsync($"/api/admin/people/{id}/reactivate"));
        await thapthim.OkAsync(await thapthim.PostAsync($"/api/memos/{seed}/submit"));
    }

    [Fact]
    public async Task An_administrator_may_neither_deactivate_themselves_nor_drop_their_own_administrator_role()
    {
        var admin = await App.PersonIdAsync("admin");
        await RefusedAsync(() => Admin.PostAsync($"/api/admin/people/{admin}/deactivate"), HttpStatusCode.Conflict, "own-account");
        await RefusedAsync(() => Admin.PutAsync($"/api/admin/people/{admin}", new { displayName = "ผู้ดูแลระบบ", roles = new[] { "clerk", "installation-administrator" } }),
            HttpStatusCode.Conflict, "own-administrator-role");
        // Another administrator may.
        await Admin.CreatedAsync("/api/admin/people", new { username = "second-admin", displayName = "ผู้ดูแลระบบคนที่สอง", password = "second-admin-pw", roles = new[] { "administrator" } });
        var second = await App.SignInAsync("second-admin", "second-admin-pw");
        var other = await App.PersonIdAsync("second-admin");
        await RefusedAsync(() => second.PostAsync($"/api/admin/people/{other}/deactivate"), HttpStatusCode.Conflict, "own-account");
        await Admin.OkAsync(await Admin.PutAsync($"/api/admin/people/{other}", new { displayName = "ผู้ดูแลระบบคนที่สอง", roles = new[] { "clerk" } }));
        await ApiClient.ProblemAsync(await second.Http.GetAsync("/api/admin/units"), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Only_an_installation_administrator_grants_or_touches_installation_administrators()
    {
        await Admin.CreatedAsync("/api/admin/people", new { username = "office-admin", displayName = "ผู้ดูแล อบต.", password = "office-admin-pw", roles = new[] { "administrator" } });
        var officeAdmin = await App.SignInAsync("office-admin", "office-admin-pw");
        var installationAdmin = await App.PersonIdAsync("admin");
        var worawit = await App.PersonIdAsync("worawit");

        await RefusedAsync(() => officeAdmin.PostAsync("/api/admin/people", Somchai("installation-administrator")), HttpStatusCode.Forbidden, "installation-administrator-only");
        await RefusedAsync(() => officeAdmin.PutAsync($"/api/admin/people/{worawit}", new { displayName = "นายวรวิทย์ เผ่าใจมา", roles = new[] { "installation-administrator" } }),
            HttpStatusCode.Forbidden, "installation-administrator-only");
        // Taking over the installation through its administrator's account is refused too.
        await RefusedAsync(() => officeAdmin.PostAsync($"/api/admin/people/{installationAdmin}/password", new { password = "taken-over-now" }), HttpStatusCode.Forbidden, "installation-administrator-only");
        await RefusedAsync(() => officeAdmin.PostAsync($"/api/admin/people/{installationAdmin}/deactivate"), HttpStatusCode.Forbidden, "installation-administrator-only");
        await RefusedAsync(() => officeAdmin.PutAsync($"/api/admin/people/{installationAdmin}", new { displayName = "ผู้ดูแลระบบ", roles = new[] { "administrator" } }),
            HttpStatusCode.Forbidden, "installation-administrator-only");

        var granted = await Admin.CreatedAsync("/api/admin/people", Somchai("installation-administrator"));
        Assert.Equal(["installation-administrator"], granted["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }
}

public sealed class SqlitePeopleTests() : PeopleTests(TestDatabase.Sqlite());

public sealed class PostgreSqlPeopleTests() : PeopleTests(TestDatabase.PostgreSql());
