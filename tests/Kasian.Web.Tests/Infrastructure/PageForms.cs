using System.Net;
using System.Text.RegularExpressions;

namespace Kasian.Web.Tests.Infrastructure;

/// <summary>Driving the pages' forms over plain HTTP, anti-forgery token included, as a browser would.</summary>
public static partial class PageForms
{
    public static async Task SignInAsync(HttpClient client, string username)
    {
        var response = await client.PostAsync("/signin", Form(("Username", username), ("Password", "demo"), ("__af", await TokenAsync(client, "/signin"))));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"sign-in as {username} answered {(int)response.StatusCode}: {Regex.Replace(await response.Content.ReadAsStringAsync(), "<[^>]+>|\\s+", " ")[..Math.Min(800, (await response.Content.ReadAsStringAsync()).Length)]}");
    }

    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await (await client.GetAsync(path)).Content.ReadAsStringAsync();
        return AntiforgeryField().Match(html).Groups[1].Value;
    }

    public static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
