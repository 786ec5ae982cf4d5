using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Kasian.Web.Tests.Infrastructure;

/// <summary>A cookie-keeping client that shows redirects instead of following them: a browser without script, seen from the server.</summary>
public sealed partial class PageBrowser(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static async Task<PageBrowser> SignInAsync(KasianApp app, string username, string password = "demo")
    {
        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = app.BaseAddress };
        var signedIn = await http.PostAsync("/signin", PageForms.Form(("Username", username), ("Password", password), ("__af", await PageForms.TokenAsync(http, "/signin"))));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return new PageBrowser(http);
    }

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path) => await ReadAsync(await Http.GetAsync(path));

    public Task<string> TokenAsync(string page) => PageForms.TokenAsync(Http, page);

    /// <summary>Posts a form with the anti-forgery token of <paramref name="page"/>, as the form on that page would.</summary>
    public async Task<(HttpStatusCode Status, string Html)> PostAsync(string path, string page, params (string, string)[] fields) =>
        await ReadAsync(await Http.PostAsync(path, PageForms.Form([("__af", await TokenAsync(page)), .. fields])), follow: true);

    public async Task<(HttpStatusCode Status, string Html)> UploadAsync(string path, string csv)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var form = new MultipartFormDataContent { { new StringContent(await TokenAsync(path)), "__af" }, { file, "file", "people.csv" } };
        return await ReadAsync(await Http.PostAsync(path, form));
    }

    /// <summary>The page's own post forms, the header's sign-out left aside.</summary>
    public static List<string> PostForms(string html) =>
        PostForm().Matches(html).Select(m => m.Value).Where(f => !f.Contains("action=\"/signout\"", StringComparison.Ordinal)).ToList();

    public static string MainOf(string html) => MainElement().Match(html).Value;

    private async Task<(HttpStatusCode, string)> ReadAsync(HttpResponseMessage response, bool follow = false)
    {
        if (follow && response.StatusCode == HttpStatusCode.Redirect) return await GetAsync(response.Headers.Location!.OriginalString);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex PostForm();

    [GeneratedRegex("<main.*?</main>", RegexOptions.Singleline)]
    private static partial Regex MainElement();
}
