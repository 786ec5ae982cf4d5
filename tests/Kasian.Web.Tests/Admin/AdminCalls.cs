using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Tests.Admin;

/// <summary>The calls administration tests make over and over.</summary>
public static class AdminCalls
{
    public static Task<HttpResponseMessage> PutAsync(this ApiClient client, string path, object body) => client.Http.PutAsJsonAsync(path, body);

    public static Task<HttpResponseMessage> PostCsvAsync(this ApiClient client, string csv, string contentType = "text/csv") =>
        client.PostBytesAsync(Encoding.UTF8.GetBytes(csv), contentType);

    public static Task<HttpResponseMessage> PostBytesAsync(this ApiClient client, byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return client.Http.PostAsync("/api/admin/people/import", content);
    }

    public static async Task<List<JsonObject>> ItemsAsync(this ApiClient client, string path) =>
        (await client.GetJsonAsync(path))["items"]!.AsArray().Select(i => i!.AsObject()).ToList();

    public static async Task<JsonObject> CreatedAsync(this ApiClient client, string path, object body)
    {
        var response = await client.PostAsync(path, body);
        var created = await client.OkAsync(response, HttpStatusCode.Created);
        Assert.Equal($"{path}/{created["id"]!.GetValue<Guid>()}", response.Headers.Location?.OriginalString);
        return created;
    }

    public static Task<Guid> PersonIdAsync(this KasianApp app, string username) =>
        app.WithDbAsync(async db => (await db.People.SingleAsync(p => p.Username == username)).Id.Value);

    public static Task<Guid> PositionIdAsync(this KasianApp app, string code, string organisation = "phusang") =>
        app.WithDbAsync(async db =>
        {
            var org = await db.Organisations.SingleAsync(o => o.Code == organisation);
            return (await db.Positions.SingleAsync(p => p.Code == code && p.OrganisationId == org.Id)).Id;
        });

    public static Task<Guid> UnitIdAsync(this KasianApp app, string name = "สำนักปลัด") =>
        app.WithDbAsync(async db => (await db.Units.FirstAsync(u => u.Name == name)).Id);

    /// <summary>The appointment of one person to one position (by code) that the demo data or a test made.</summary>
    public static Task<Guid> AppointmentIdAsync(this KasianApp app, string username, string code) =>
        app.WithDbAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.Username == username);
            var ids = await db.Positions.Where(p => p.Code == code).Select(p => p.Id).ToListAsync();
            return (await db.Appointments.SingleAsync(a => a.PersonId == person.Id && ids.Contains(a.PositionId))).Id;
        });

    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code, string? field = null)
    {
        var problem = await ApiClient.ProblemAsync(response, status, code);
        if (field is not null)
            Assert.True(problem["errors"]?[field] is JsonArray { Count: > 0 }, $"expected an error for '{field}': {problem.ToJsonString()}");
        return problem;
    }
}
