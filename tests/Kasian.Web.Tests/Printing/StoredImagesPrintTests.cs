using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Kasian.Web.Tests.Infrastructure;
using SkiaSharp;

namespace Kasian.Web.Tests.Printing;

/// <summary>
/// Pictures uploaded through the API are the ones printed: the office's emblem at the head, each signer's own signature
/// above their name, on the PDF and the print page alike; nothing where none was uploaded, and nothing once removed.
/// </summary>
public sealed partial class StoredImagesPrintTests : IAsyncLifetime
{
    private readonly KasianApp _app = new(TestDatabase.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static MultipartFormDataContent File(byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { file, "file", "picture.png" } };
    }

    private async Task<HttpClient> PageAsync(string username)
    {
        var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _app.BaseAddress };
        await PageForms.SignInAsync(browser, username);
        return browser;
    }

    [Fact]
    public async Task Uploaded_emblem_and_signatures_print_on_the_pdf_and_the_print_page_and_vanish_when_removed()
    {
        var admin = await _app.SignInAsync("admin");
        await admin.OkAsync(await admin.Http.PutAsync("/api/admin/emblem", File(TestPictures.Png(240, 264, SKColors.DarkRed))));
        foreach (var (who, ink) in new[] { ("thapthim", SKColors.DarkGreen), ("naphaporn", SKColors.Navy) })
        {
            var person = await _app.SignInAsync(who);
            await person.OkAsync(await person.Http.PutAsync("/api/me/signature", File(TestPictures.Png(360, 110, ink))));
        }
        var id = await SeedMemo.DecidedAsync(_app);

        var pdf = PdfTools.Save(await admin.Http.GetByteArrayAsync($"/api/memos/{id}/pdf"), "stored-images");
        // The emblem once, the originator's signature, naphaporn's under both her endorsements; worawit uploaded none.
        Assert.Equal(4, await PdfTools.ImagesAsync(pdf));
        await PdfTools.PageImageAsync(pdf, 1, 80, "stored-images-page1");
        await PdfTools.PageImageAsync(pdf, 2, 80, "stored-images-page2");

        using var page = await PageAsync("worawit");
        // Decoded as a browser reads the attribute: Razor writes "+" in the base64 as "&#x2B;".
        var html = WebUtility.HtmlDecode(await page.GetStringAsync($"/memos/{id}/print"));
        Assert.Equal(1, Garuda().Count(html));
        Assert.Equal(3, Signatures().Count(html));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.Http.DeleteAsync("/api/admin/emblem")).StatusCode);
        foreach (var who in new[] { "thapthim", "naphaporn" })
            Assert.Equal(HttpStatusCode.NoContent, (await (await _app.SignInAsync(who)).Http.DeleteAsync("/api/me/signature")).StatusCode);
        Assert.Equal(0, await PdfTools.ImagesAsync(PdfTools.Save(await admin.Http.GetByteArrayAsync($"/api/memos/{id}/pdf"), "stored-images-removed")));
        html = await page.GetStringAsync($"/memos/{id}/print");
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_offices_emblem_never_prints_on_this_offices_memo()
    {
        await Offices.AddAsync(_app);
        var other = await _app.SignInAsync(Offices.OtherAdmin, Offices.Password);
        await other.OkAsync(await other.Http.PutAsync("/api/admin/emblem", File(TestPictures.Png(240, 264, SKColors.Black))));
        await other.OkAsync(await other.Http.PutAsync("/api/me/signature", File(TestPictures.Png(360, 110, SKColors.Black))));
        var id = await SeedMemo.DecidedAsync(_app);

        Assert.Equal(0, await PdfTools.ImagesAsync(PdfTools.Save(await (await _app.SignInAsync("admin")).Http.GetByteArrayAsync($"/api/memos/{id}/pdf"), "stored-images-other-office")));
    }

    [GeneratedRegex("<img class=\"garuda\" src=\"data:image/png;base64,[A-Za-z0-9+/=]+\"")]
    private static partial Regex Garuda();

    [GeneratedRegex("<img class=\"signature\" src=\"data:image/png;base64,[A-Za-z0-9+/=]+\"")]
    private static partial Regex Signatures();
}
