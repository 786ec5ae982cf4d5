namespace Kasian.Web.Printing;

/// <summary>
/// Where a printed memo can be checked against its electronic original. One place, so it can become a dedicated
/// verification code later without touching the renderer.
/// </summary>
public static class VerificationAddress
{
    /// <summary><c>Kasian:PublicBaseUrl</c> when configured (as in reminder links), else the address this request came to.</summary>
    public static string For(HttpRequest request, IConfiguration configuration, Guid memoId)
    {
        var configured = configuration["Kasian:PublicBaseUrl"];
        var origin = string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : configured;
        return $"{origin.TrimEnd('/')}/verify/{memoId:N}";
    }
}
