using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Kasian.Web.Common;

/// <summary>
/// What /openapi/v1.json says beyond each endpoint's own <c>.Produces&lt;T&gt;()</c>: the bearer scheme and which
/// operations need it, the problem answers every endpoint can give (in Kasian's shape, with <c>code</c>), and no
/// server address taken from the request's Host header.
/// </summary>
public static class ApiDocument
{
    private const string Bearer = "Bearer";
    private const string ProblemSchema = "Problem";

    public static void Configure(OpenApiOptions o, string? publicBaseUrl)
    {
        o.AddDocumentTransformer((document, _, _) =>
        {
            // Left to itself the document lists the address the request named, which the client chooses.
            document.Servers = publicBaseUrl is { Length: > 0 } url ? [new OpenApiServer { Url = url.TrimEnd('/') }] : [];
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A token from POST /api/auth/token, sent as Authorization: Bearer <accessToken>.",
            };
            return Task.CompletedTask;
        });
        o.AddOperationTransformer(DescribeAsync);
    }

    private static async Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var description = context.Description;
        if (description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) != true || context.Document is not { } document) return;
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(ProblemSchema))
            document.AddComponent(ProblemSchema, await context.GetOrCreateSchemaAsync(typeof(ProblemAnswer), null, ct));

        var anonymous = description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
        if (!anonymous)
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] }];

        operation.Responses ??= [];
        foreach (var (status, why) in ProblemsOf(description.HttpMethod, description.ParameterDescriptions.Count > 0, description.RelativePath!.Contains('{'), anonymous))
            operation.Responses.TryAdd(status, new OpenApiResponse { Description = why });
        // Every problem, declared here or by the endpoint (.ProducesProblem), in Kasian's shape rather than bare ProblemDetails.
        foreach (var (status, response) in operation.Responses.Where(r => r.Key.Length == 3 && r.Key[0] is '4' or '5').ToList())
            if (response is OpenApiResponse concrete)
            {
                concrete.Description ??= "A problem.";
                concrete.Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, document) },
                };
            }
    }

    private static IEnumerable<(string Status, string Why)> ProblemsOf(string? method, bool hasInput, bool namesARecord, bool anonymous)
    {
        if (hasInput || method is "POST" or "PUT") yield return ("400", "The input is missing, malformed or invalid (validation-failed, malformed-request).");
        if (!anonymous)
        {
            yield return ("401", "No valid bearer token, or its session has ended (unauthorized).");
            yield return ("403", "The account may not do this (forbidden, or a code saying why).");
        }
        if (namesARecord) yield return ("404", "No such record in your organisation (not-found).");
        if (!anonymous && method is "POST" or "PUT") yield return ("409", "The record's state does not allow it now (a code saying why).");
        if (method is "POST" or "PUT") yield return ("413", "The request body is over the limit (too-large).");
        yield return ("500", "An unexpected error, logged (internal-error).");
    }

    /// <summary>The problem details every error answer carries (RFC 9457), for the document only.</summary>
    /// <param name="Code">Stable and documented (docs/api.md): what a client branches on.</param>
    /// <param name="Errors">Per field, for validation-failed.</param>
    internal sealed record ProblemAnswer(string Type, string Title, int Status, string Detail, string Code, IReadOnlyDictionary<string, string[]>? Errors);
}
