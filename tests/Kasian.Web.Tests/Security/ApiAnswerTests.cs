using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Security;

/// <summary>What the API says about itself and with every answer: its document, its headers, its 400s.</summary>
public sealed class ApiAnswerTests : IAsyncLifetime
{
    private readonly KasianApp _app = new(TestDatabase.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static readonly string[] Anonymous = ["/api/auth/token", "/api/setup", "/api/line/webhook"];

    [Fact]
    public async Task The_openapi_document_declares_the_bearer_scheme_and_every_operations_answers()
    {
        var document = JsonNode.Parse(await _app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var scheme = document["components"]!["securitySchemes"]!["Bearer"]!;
        Assert.Equal("http", scheme["type"]!.GetValue<string>());
        Assert.Equal("bearer", scheme["scheme"]!.GetValue<string>());
        Assert.NotNull(document["components"]!["schemas"]!["Problem"]!["properties"]!["code"]);

        var operations = document["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Method: o.Key, Operation: o.Value!)))
            .ToList();
        Assert.True(operations.Count >= 25, $"{operations.Count} operations");
        var undeclared = new List<string>();
        foreach (var (path, method, operation) in operations)
        {
            var name = $"{method.ToUpperInvariant()} {path}";
            var responses = operation["responses"]!.AsObject();
            // An answer with a body says its schema; 204 No Content has none to say.
            if (!responses.Any(r => r.Key == "204" || (r.Key.StartsWith('2') && r.Value!["content"]?.AsObject().Any(c => c.Value!["schema"] is not null) == true)))
                undeclared.Add(name);
            var problems = responses.Where(r => r.Key[0] is '4' or '5').ToList();
            Assert.True(problems.Count > 0, $"{name} declares no problem answer");
            Assert.All(problems, p => Assert.Equal("#/components/schemas/Problem", p.Value!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>()));

            var security = operation["security"]?.AsArray();
            if (Anonymous.Contains(path))
                Assert.True(security is null || security.Count == 0, $"{name} is anonymous but asks for a token");
            else
            {
                Assert.True(security?.Any(s => s!.AsObject().ContainsKey("Bearer")) == true, $"{name} does not say it needs the bearer token");
                Assert.True(responses.ContainsKey("401"), $"{name} does not declare 401");
            }
        }
        Assert.True(undeclared.Count == 0, "no 2xx answer with a schema (nor 204): " + string.Join(", ", undeclared));
        Assert.True(operations.Single(o => o.Path == "/api/auth/token").Operation["responses"]!.AsObject().ContainsKey("429"));
    }

    [Fact]
    public async Task Json_answers_and_problems_carry_no_store_and_nosniff()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        var answers = new[]
        {
            await thapthim.Http.GetAsync("/api/me"),
            await thapthim.Http.GetAsync($"/api/memos/{Guid.NewGuid()}"),
            await _app.CreateClient().GetAsync("/api/me"),
            await thapthim.PostAsync("/api/memos", new { subject = "" }),
        };
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest], answers.Select(a => a.StatusCode));
        foreach (var answer in answers)
        {
            Assert.True(answer.Headers.CacheControl?.NoStore, $"{(int)answer.StatusCode}: Cache-Control {answer.Headers.CacheControl}");
            Assert.Equal("nosniff", Assert.Single(answer.Headers.GetValues("X-Content-Type-Options")));
        }
    }

    [Theory]
    [InlineData("""{"unit":"สำนักปลัด","subject":123,"to":"นายก","body":"ข้อความ"}""")]
    [InlineData("""{"unit":"สำนักปลัด","subject":"เรื่อง","to":"นายก","body":"ข้อความ","urgency":["urgent"]}""")]
    [InlineData("""{"unit":{"name":"สำนักปลัด"},"subject":"เรื่อง"}""")]
    [InlineData("""[1,2,3]""")]
    public async Task A_field_of_the_wrong_type_gives_a_400_that_names_no_internal_type(string body)
    {
        var thapthim = await _app.SignInAsync("thapthim");
        var before = await StoredState.ReadAsync(_app);
        var response = await thapthim.Http.PostAsync("/api/memos", new StringContent(body, Encoding.UTF8, "application/json"));
        var detail = (await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest, "malformed-request"))["detail"]!.GetValue<string>();
        Assert.DoesNotContain("System.", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Kasian.", detail, StringComparison.Ordinal);
        Assert.Contains("$", detail, StringComparison.Ordinal);
        Assert.Equal(before, await StoredState.ReadAsync(_app));
    }

    [Fact]
    public async Task A_query_parameter_of_the_wrong_type_gives_a_400_that_names_the_parameter_not_its_type()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        var problem = await ApiClient.ProblemAsync(await thapthim.Http.GetAsync("/api/memos?page=two"), HttpStatusCode.BadRequest, "malformed-request");
        var detail = problem["detail"]!.GetValue<string>();
        Assert.Contains("\"page\"", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Int32", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("int?", detail, StringComparison.Ordinal);
    }
}
