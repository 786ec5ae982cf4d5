using System.Net;
using System.Net.Http.Headers;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Kasian.Web.Tests.Printing;

/// <summary>
/// The emblem page (/admin/emblem) and the signature page (/account/signature) over plain HTTP as a browser sends them:
/// a form without its anti-forgery token is refused, a good picture is kept and previewed, a bad one is explained.
/// </summary>
public sealed class PrintImagePagesTests : IAsyncLifetime
{
    private readonly KasianApp _app = new(TestDatabase.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<HttpClient> PageAsync(string username, string? password = null)
    {
        var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _app.BaseAddress };
        if (password is null) await PageForms.SignInAsync(browser, username);
        else
        {
            var response = await browser.PostAsync("/signin", PageForms.Form(("Username", username), ("Password", password), ("__af", await PageForms.TokenAsync(browser, "/signin"))));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        return browser;
    }

    private static MultipartFormDataContent Upload(byte[] content, string name, string? token)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var form = new MultipartFormDataContent { { file, "file", name } };
        if (token is not null) form.Add(new StringContent(token), "__af");
        return form;
    }

    private Task<int> ImagesAsync() => _app.WithDbAsync(db => db.PrintImages.CountAsync());

    [Fact]
    public async Task An_administrator_uploads_previews_and_removes_the_emblem_through_the_page_only_with_its_token()
    {
        using var page = await PageAsync("admin");
        var html = await page.GetStringAsync("/admin/emblem");
        Assert.Contains("id=\"emblem-none\"", html, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", html, StringComparison.Ordinal);
        var emblem = TestPictures.Png(240, 264, SKColors.DarkRed);

        var forged = await page.PostAsync("/admin/emblem?handler=Upload", Upload(emblem, "garuda.png", token: null));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, await ImagesAsync());

        var token = await PageForms.TokenAsync(page, "/admin/emblem");
        var bad = await page.PostAsync("/admin/emblem?handler=Upload", Upload("ไม่ใช่รูปภาพ"u8.ToArray(), "garuda.png", token));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var refused = await bad.Content.ReadAsStringAsync();
        Assert.Contains("id=\"file-error\"", refused, StringComparison.Ordinal);
        Assert.Contains("ใช้ไฟล์นี้ไม่ได้", refused, StringComparison.Ordinal);
        Assert.Equal(0, await ImagesAsync());

        var saved = await page.PostAsync("/admin/emblem?handler=Upload", Upload(emblem, "garuda.png", token));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/admin/emblem?done=emblemUploaded", saved.Headers.Location?.OriginalString);
        html = WebUtility.HtmlDecode(await page.GetStringAsync("/admin/emblem"));
        Assert.Contains("id=\"emblem-preview\"", html, StringComparison.Ordinal);
        Assert.Contains($"src=\"data:image/png;base64,{Convert.ToBase64String(emblem)}\"", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, (await page.PostAsync("/admin/emblem?handler=Remove", PageForms.Form())).StatusCode);
        Assert.Equal(1, await ImagesAsync());
        var removed = await page.PostAsync("/admin/emblem?handler=Remove", PageForms.Form(("__af", token)));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("id=\"emblem-none\"", await page.GetStringAsync("/admin/emblem"), StringComparison.Ordinal);
        Assert.Equal(0, await ImagesAsync());
    }

    [Fact]
    public async Task A_clerk_is_refused_the_emblem_page_and_an_auditor_sees_it_without_forms()
    {
        await Offices.AddAsync(_app);
        using var clerk = await PageAsync("thapthim");
        var refused = await clerk.GetAsync("/admin/emblem");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("emblem-upload", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var token = await PageForms.TokenAsync(clerk, "/account/signature");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync("/admin/emblem?handler=Upload", Upload(TestPictures.Png(100, 100, SKColors.Red), "garuda.png", token))).StatusCode);
        Assert.Equal(0, await ImagesAsync());

        using var auditor = await PageAsync(Offices.Auditor, Offices.Password);
        var html = await auditor.GetStringAsync("/admin/emblem");
        Assert.Contains("id=\"emblem-none\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("emblem-upload", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_uploads_and_removes_their_own_signature_on_the_account_page()
    {
        using var page = await PageAsync("naphaporn");
        var html = await page.GetStringAsync("/account/signature");
        Assert.Contains("id=\"signature-none\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/signature\"", html, StringComparison.Ordinal);
        var signature = TestPictures.Png(360, 110, SKColors.Navy);

        Assert.Equal(HttpStatusCode.BadRequest, (await page.PostAsync("/account/signature?handler=Upload", Upload(signature, "sig.png", token: null))).StatusCode);
        Assert.Equal(0, await ImagesAsync());

        var token = await PageForms.TokenAsync(page, "/account/signature");
        var saved = await page.PostAsync("/account/signature?handler=Upload", Upload(signature, "sig.png", token));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        html = WebUtility.HtmlDecode(await page.GetStringAsync("/account/signature?done=uploaded"));
        Assert.Contains("id=\"signature-preview\"", html, StringComparison.Ordinal);
        Assert.Contains(Convert.ToBase64String(signature), html, StringComparison.Ordinal);
        Assert.True(await _app.WithDbAsync(async db =>
            (await db.PrintImages.SingleAsync()).OwnerId == (await db.People.SingleAsync(p => p.Username == "naphaporn")).Id.Value));

        Assert.Equal(HttpStatusCode.Redirect, (await page.PostAsync("/account/signature?handler=Remove", PageForms.Form(("__af", token)))).StatusCode);
        Assert.Contains("id=\"signature-none\"", await page.GetStringAsync("/account/signature"), StringComparison.Ordinal);
        Assert.Equal(0, await ImagesAsync());
    }
}
