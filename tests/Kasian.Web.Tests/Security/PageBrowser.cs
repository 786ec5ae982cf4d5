using System.Net;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Security;

/// <summary>A plain HTTP client that keeps cookies like a browser and shows redirects instead of following them.</summary>
public static class PageBrowser
{
    public static HttpClient Create(KasianApp app, CookieContainer? cookies = null) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies ?? new CookieContainer() })
        {
            BaseAddress = app.BaseAddress,
        };

    /// <summary>Posts the sign-in form, anti-forgery token included, and returns the answer whatever it is.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string username, string password, Action<HttpRequestMessage>? alter = null)
    {
        var token = await PageForms.TokenAsync(browser, "/signin");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = PageForms.Form(("Username", username), ("Password", password), ("__af", token)),
        };
        alter?.Invoke(request);
        return await browser.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient browser)
    {
        var token = await PageForms.TokenAsync(browser, "/");
        return await browser.PostAsync("/signout", PageForms.Form(("__af", token)));
    }
}
