using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kasian.Web.Tests.Admin;

/// <summary>
/// Several offices in one installation: another office's administrator reaches nothing of Phu Sang. The walk takes
/// every API endpoint the app maps that names a record by id, so an endpoint added later is walked too, and fails
/// here until this test knows whose id to put in it.
/// </summary>
public abstract partial class OfficeIsolationTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database);
    private ApiClient _other = null!;

    public async Task InitializeAsync()
    {
        await Offices.AddAsync(_app);
        _other = await _app.SignInAsync(Offices.OtherAdmin, Offices.Password);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Another_offices_administrator_gets_404_for_every_record_of_this_office()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        var memo = await thapthim.CreateAndSubmitAsync();
        var ids = await PhuSangIdsAsync(memo);
        await RouteEditorApiTests.PublishDoneWhenRouteAsync(await _app.SignInAsync("admin"), PhuSangRoute);
        var before = await StoredState.ReadAsync(_app);

        var walked = new List<string>();
        foreach (var (method, pattern) in ApiEndpointsWithIds())
        {
            var path = IdParameter().Replace(pattern, m => IdFor(ids, pattern, m.Value));
            path = OtherParameter().Replace(path, "1");
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method is "POST" or "PUT") request.Content = ValidBody(pattern);
            var response = await _other.Http.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {pattern}: expected 404, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            walked.Add($"{method} {pattern}");
        }

        Assert.Contains("POST /api/memos/{id:guid}/endorse", walked);
        Assert.Contains("POST /api/admin/memos/{id:guid}/reassign", walked);
        Assert.Contains("GET /api/admin/routes/{id}/versions/{version:int}/diagram.svg", walked);
        Assert.Equal(before, await StoredState.ReadAsync(_app));
    }

    [Fact]
    public async Task Another_offices_lists_show_none_of_this_offices_memos()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        await thapthim.CreateAndSubmitAsync();

        foreach (var box in new[] { "all", "inbox", "sent" })
            Assert.Empty((await _other.GetJsonAsync($"/api/memos?box={box}"))["items"]!.AsArray());
        Assert.Empty((await _other.GetJsonAsync("/api/notifications"))["items"]!.AsArray());
    }

    /// <summary>A body each endpoint would accept for one of its own office's records, so that only the id can be the reason for a 404.</summary>
    private static HttpContent ValidBody(string pattern)
    {
        if (pattern.EndsWith("/attachments", StringComparison.Ordinal))
            return new MultipartFormDataContent { { new ByteArrayContent("ข้อมูล"u8.ToArray()), "file", "a.txt" } };
        if (pattern.StartsWith("/api/admin/appointments", StringComparison.Ordinal))
            return JsonContent.Create(new { to = "2027-12-31", orderReference = "คำสั่ง ที่ ๑/๒๕๗๐" });
        return JsonContent.Create(new
        {
            stepId = "head-of-office", reason = "เหตุผล", comment = "ความเห็น", toPosition = "nayok",
            unit = "สำนักปลัด", subject = "เรื่อง", to = "นายก", body = "ข้อความ",
            name = "กองคลัง", title = "ผู้อำนวยการกองคลัง", displayName = "ชื่อ", password = "a-long-password", roles = Array.Empty<string>(), active = true,
        });
    }

    private IEnumerable<(string Method, string Pattern)> ApiEndpointsWithIds() =>
        _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/", StringComparison.Ordinal) && IdParameter().IsMatch(raw))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!)))
            .OrderBy(x => x.Item2, StringComparer.Ordinal);

    /// <summary>An id of Phu Sang's for each kind of record a path names, by the path segment before the id.</summary>
    private Task<Dictionary<string, Guid>> PhuSangIdsAsync(Guid memo) => _app.WithDbAsync(async db =>
    {
        var phusang = await db.Organisations.Where(o => o.Code == "phusang").Select(o => o.Id).SingleAsync();
        return new Dictionary<string, Guid>
        {
            ["memos"] = memo,
            ["attachments"] = await db.Attachments.Select(a => a.Id).FirstAsync(),
            ["units"] = await db.Units.Where(u => u.OrganisationId == phusang).Select(u => u.Id).FirstAsync(),
            ["positions"] = await db.Positions.Where(p => p.OrganisationId == phusang).Select(p => p.Id).FirstAsync(),
            ["people"] = await db.People.Where(p => p.OrganisationId == phusang).Select(p => p.Id.Value).FirstAsync(),
            ["appointments"] = await db.Appointments.Where(a => a.OrganisationId == phusang).Select(a => a.Id).FirstAsync(),
            ["notifications"] = Guid.CreateVersion7(),
            ["stand-ins"] = await StandInRequestAsync(db, phusang),
        };
    });

    private static async Task<Guid> StandInRequestAsync(Kasian.Web.Data.KasianDbContext db, Guid phusang)
    {
        var worawit = await db.People.SingleAsync(p => p.Username == "worawit");
        var naphaporn = await db.People.SingleAsync(p => p.Username == "naphaporn");
        var nayok = await db.Positions.SingleAsync(p => p.OrganisationId == phusang && p.Code == "nayok");
        var request = new Kasian.Web.Data.StandInRequest
        {
            OrganisationId = phusang, RequesterId = worawit.Id, StandInId = naphaporn.Id, PositionId = nayok.Id,
            From = new DateOnly(2026, 12, 1), To = new DateOnly(2026, 12, 2), Status = Kasian.Web.Data.StandInStatus.Pending,
        };
        db.StandInRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }

    /// <summary>A route Phu Sang published: route ids are codes, not guids.</summary>
    private const string PhuSangRoute = "phusang-purchase";

    private static string IdFor(Dictionary<string, Guid> ids, string pattern, string parameter)
    {
        var before = pattern[..pattern.IndexOf(parameter, StringComparison.Ordinal)].TrimEnd('/');
        var segment = before[(before.LastIndexOf('/') + 1)..];
        if (segment == "routes") return PhuSangRoute;
        Assert.True(ids.TryGetValue(segment, out var id), $"{pattern}: this test does not know an id of Phu Sang's for '{segment}'; add one");
        return id.ToString();
    }

    [GeneratedRegex(@"\{[a-zA-Z]*[iI]d(:guid)?\}")]
    private static partial Regex IdParameter();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex OtherParameter();
}

public sealed class SqliteOfficeIsolationTests() : OfficeIsolationTests(TestDatabase.Sqlite());

public sealed class PostgreSqlOfficeIsolationTests() : OfficeIsolationTests(TestDatabase.PostgreSql());
