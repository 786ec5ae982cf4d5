using System.Net;
using Kasian.Web.Data;
using Kasian.Web.Printing;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Kasian.Web.Tests.Printing;

/// <summary>Uploaded pictures print where they belong and nothing prints without them; the PDF is seen only by whom may see the memo.</summary>
public sealed class PdfImagesAndAccessTests
{
    [Fact]
    public async Task Without_uploaded_images_the_pdf_draws_no_picture_at_all()
    {
        await using var app = new KasianApp(TestDatabase.Sqlite());
        var id = await SeedMemo.DecidedAsync(app);
        var pdf = PdfTools.Save(await (await app.SignInAsync("admin")).Http.GetByteArrayAsync($"/api/memos/{id}/pdf"), "seed-no-images");

        Assert.Equal(0, await PdfTools.ImagesAsync(pdf));
    }

    [Fact]
    public async Task Emblem_and_signatures_print_where_uploaded_and_unreadable_bytes_print_nothing()
    {
        var images = new PrintImages(Png(120, 132, SKColors.DarkRed), new Dictionary<string, byte[]>
        {
            ["naphaporn"] = Png(300, 90, SKColors.Navy),
            ["worawit"] = [1, 2, 3, 4], // not an image: the signature is left blank, the PDF still made
        });
        await using var app = new KasianApp(TestDatabase.Sqlite(), services: s => s.AddScoped<IPrintImageSource>(_ => new FixedImages(images)));
        var id = await SeedMemo.DecidedAsync(app);
        var pdf = PdfTools.Save(await (await app.SignInAsync("admin")).Http.GetByteArrayAsync($"/api/memos/{id}/pdf"), "seed-with-images");

        // The emblem once, naphaporn's signature under both her endorsements.
        Assert.Equal(3, await PdfTools.ImagesAsync(pdf));
        await PdfTools.PageImageAsync(pdf, 1, 80, "seed-with-images-page1");
        await PdfTools.PageImageAsync(pdf, 2, 80, "seed-with-images-page2");
    }

    [Fact]
    public async Task Pdf_is_404_for_another_organisation_401_without_a_token_and_a_download_from_the_memo_page()
    {
        await using var app = new KasianApp(TestDatabase.Sqlite());
        var id = await SeedMemo.SubmittedAsync(app);
        await app.WithDbAsync(async db =>
        {
            var other = new Organisation { Code = "other", Name = "องค์การบริหารส่วนตำบลอื่น", RegisterCode = "พย ๐๐๐๐๐" };
            var outsider = new Person { OrganisationId = other.Id, Username = "outsider", DisplayName = "นายนอก องค์กร", PasswordHash = "" };
            outsider.PasswordHash = app.Services.GetRequiredService<IPasswordHasher<Person>>().HashPassword(outsider, "demo");
            db.AddRange(other, outsider);
            return await db.SaveChangesAsync();
        });

        var stranger = await app.SignInAsync("outsider");
        await ApiClient.ProblemAsync(await stranger.Http.GetAsync($"/api/memos/{id}/pdf"), HttpStatusCode.NotFound, "not-found");
        await ApiClient.ProblemAsync(await app.CreateClient().GetAsync($"/api/memos/{id}/pdf"), HttpStatusCode.Unauthorized, "unauthorized");

        HttpClient Browser() => new(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = app.BaseAddress };
        using var browser = Browser();
        await PageForms.SignInAsync(browser, "worawit");
        Assert.Contains($"href=\"/memos/{id}/pdf\"", await browser.GetStringAsync($"/memos/{id}"), StringComparison.Ordinal);
        var download = await browser.GetAsync($"/memos/{id}/pdf");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await download.Content.ReadAsByteArrayAsync(), 0, 5), StringComparison.Ordinal);

        using var outsiderPage = Browser();
        await PageForms.SignInAsync(outsiderPage, "outsider");
        Assert.Equal(HttpStatusCode.NotFound, (await outsiderPage.GetAsync($"/memos/{id}/pdf")).StatusCode);
    }

    private static byte[] Png(int width, int height, SKColor ink)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            using var paint = new SKPaint { Color = ink, IsAntialias = true, IsStroke = true, StrokeWidth = height / 12f };
            canvas.DrawOval(SKRect.Create(width * 0.1f, height * 0.1f, width * 0.8f, height * 0.8f), paint);
            canvas.DrawLine(0, height, width, 0, paint);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private sealed class FixedImages(PrintImages images) : IPrintImageSource
    {
        public Task<PrintImages> LoadAsync(PrintedMemo memo, CancellationToken ct) => Task.FromResult(images);
    }
}
