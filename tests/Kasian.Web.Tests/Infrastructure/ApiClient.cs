using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kasian.Web.Tests.Infrastructure;

/// <summary>An HTTP client signed in as one person, with the few calls tests make over and over.</summary>
public sealed class ApiClient(HttpClient http, string username)
{
    public string Username { get; } = username;

    public HttpClient Http { get; } = http;

    public static async Task<ApiClient> SignInAsync(HttpClient http, string username, string password)
    {
        var response = await http.PostAsJsonAsync("/api/auth/token", new { username, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new ApiClient(http, username);
    }

    /// <summary>Another connection with this one's token: one person sending many requests at once, signed in once.</summary>
    public ApiClient Twin(HttpClient http)
    {
        http.DefaultRequestHeaders.Authorization = Http.DefaultRequestHeaders.Authorization;
        return new ApiClient(http, Username);
    }

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null) =>
        body is null ? Http.PostAsync(path, null) : Http.PostAsJsonAsync(path, body);

    public async Task<JsonObject> GetJsonAsync(string path)
    {
        var response = await Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task<JsonObject> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public async Task<JsonObject> CreateMemoAsync(string subject = "ขออนุมัติจัดซื้อวัสดุสำนักงาน", string? urgency = null) =>
        await OkAsync(await PostAsync("/api/memos", new
        {
            unit = "สำนักปลัด องค์การบริหารส่วนตำบลภูซาง",
            subject,
            to = "นายกองค์การบริหารส่วนตำบลภูซาง",
            body = "ข้อเท็จจริง\n\nจึงเรียนมาเพื่อโปรดพิจารณา",
            urgency,
        }), HttpStatusCode.Created);

    public async Task<Guid> CreateAndSubmitAsync(string subject = "ขออนุมัติจัดซื้อวัสดุสำนักงาน")
    {
        var memo = await CreateMemoAsync(subject);
        var id = memo["id"]!.GetValue<Guid>();
        await OkAsync(await PostAsync($"/api/memos/{id}/submit"));
        return id;
    }

    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status} {code}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(code, problem["code"]?.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]?.GetValue<string>()), "a problem must say why");
        return problem;
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
