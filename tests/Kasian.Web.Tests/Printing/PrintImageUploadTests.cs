using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Kasian.Web.Printing;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Kasian.Web.Tests.Printing;

/// <summary>
/// PUT/GET/DELETE /api/admin/emblem and /api/me/signature: only whole PNG or JPEG pictures within the limits are kept,
/// judged by decoding and never by the name or the type claimed; the emblem is its administrators', a signature its owner's.
/// </summary>
public abstract class PrintImageUploadTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static MultipartFormDataContent File(byte[] content, string name, string type = "image/png")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private Task<(int Images, int Audit)> StoredAsync() => _app.WithDbAsync(async db => (await db.PrintImages.CountAsync(), await db.AuditRecords.CountAsync()));

    [Fact]
    public async Task An_administrator_uploads_replaces_reads_and_removes_the_emblem_each_change_audited()
    {
        var admin = await _app.SignInAsync("admin");
        await ApiClient.ProblemAsync(await admin.Http.GetAsync("/api/admin/emblem"), HttpStatusCode.NotFound, "not-found");

        var first = TestPictures.Png(240, 264, SKColors.DarkRed);
        var saved = await admin.OkAsync(await admin.Http.PutAsync("/api/admin/emblem", File(first, "garuda.png")));
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("emblem", saved["kind"]!.GetValue<string>());
        Assert.Equal("image/png", saved["contentType"]!.GetValue<string>());
        Assert.Equal(240, saved["width"]!.GetValue<int>());
        Assert.Equal(264, saved["height"]!.GetValue<int>());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(first)), saved["sha256"]!.GetValue<string>());
        Assert.Equal("admin", saved["uploadedBy"]!.GetValue<string>());

        // A second upload replaces the first: one emblem per office, now a JPEG sent under a misleading name and type.
        var second = TestPictures.Jpeg(200, 220, SKColors.Goldenrod);
        var replaced = await admin.OkAsync(await admin.Http.PutAsync("/api/admin/emblem", File(second, "garuda.gif", "application/octet-stream")));
        Assert.Equal("image/jpeg", replaced["contentType"]!.GetValue<string>());
        var download = await admin.Http.GetAsync("/api/admin/emblem");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(second, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(second))}\"", download.Headers.ETag?.Tag);
        Assert.Equal(1, (await StoredAsync()).Images);
        _app.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.Http.DeleteAsync("/api/admin/emblem")).StatusCode);
        await ApiClient.ProblemAsync(await admin.Http.GetAsync("/api/admin/emblem"), HttpStatusCode.NotFound, "not-found");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.Http.DeleteAsync("/api/admin/emblem")).StatusCode);

        var audit = await _app.WithDbAsync(db => db.AuditRecords.OrderBy(a => a.At).ThenBy(a => a.Id).Select(a => new { a.Action, a.Details, a.ActorUsername }).ToListAsync());
        Assert.Equal(["emblem.uploaded", "emblem.uploaded", "emblem.removed"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("admin", a.ActorUsername));
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(first)), audit[0].Details, StringComparison.Ordinal);
        Assert.Equal(0, (await StoredAsync()).Images);
    }

    [Fact]
    public async Task Only_administrators_change_the_emblem_auditors_read_it_and_others_may_not_even_read_it()
    {
        await Offices.AddAsync(_app);
        var admin = await _app.SignInAsync("admin");
        await admin.OkAsync(await admin.Http.PutAsync("/api/admin/emblem", File(TestPictures.Png(100, 100, SKColors.Red), "garuda.png")));
        var auditor = await _app.SignInAsync(Offices.Auditor, Offices.Password);
        var thapthim = await _app.SignInAsync("thapthim");
        var before = await StoredAsync();

        Assert.Equal(HttpStatusCode.OK, (await auditor.Http.GetAsync("/api/admin/emblem")).StatusCode);
        await ApiClient.ProblemAsync(await auditor.Http.PutAsync("/api/admin/emblem", File(TestPictures.Png(100, 100, SKColors.Blue), "garuda.png")), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await auditor.Http.DeleteAsync("/api/admin/emblem"), HttpStatusCode.Forbidden, "forbidden");

        await ApiClient.ProblemAsync(await thapthim.Http.PutAsync("/api/admin/emblem", File(TestPictures.Png(100, 100, SKColors.Red), "garuda.png")), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await thapthim.Http.DeleteAsync("/api/admin/emblem"), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await thapthim.Http.GetAsync("/api/admin/emblem"), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await _app.CreateClient().PutAsync("/api/admin/emblem", File(TestPictures.Png(100, 100, SKColors.Red), "garuda.png")), HttpStatusCode.Unauthorized, "unauthorized");

        Assert.Equal(before, await StoredAsync());
    }

    public static TheoryData<string, byte[], string, string> BadFiles() => new()
    {
        { "a text file named .png", "นี่ไม่ใช่รูปภาพ เป็นข้อความธรรมดา"u8.ToArray(), "signature.png", "not a picture" },
        { "an empty file", [], "signature.png", "empty" },
        { "a WebP picture", TestPictures.Webp(200, 80), "signature.png", "only PNG or JPEG" },
        { "a PNG cut in half", Half(TestPictures.Png(400, 160, SKColors.Navy)), "signature.png", "damaged or cut off" },
        { "a PNG too wide", TestPictures.Png(3001, 20, SKColors.Navy), "signature.png", "at most 3000" },
        { "a PNG too small", TestPictures.Png(12, 12, SKColors.Navy), "signature.png", "at least 16" },
    };

    private static byte[] Half(byte[] file) => file[..(file.Length / 2)];

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_file_that_is_not_a_whole_png_or_jpeg_within_the_limits_is_refused_saying_why_and_nothing_is_kept(string what, byte[] content, string name, string why)
    {
        var naphaporn = await _app.SignInAsync("naphaporn");
        var before = await StoredAsync();

        var problem = await ApiClient.ProblemAsync(await naphaporn.Http.PutAsync("/api/me/signature", File(content, name)), HttpStatusCode.BadRequest, "validation-failed");

        var message = Assert.Single(problem["errors"]!["file"]!.AsArray())!.GetValue<string>();
        Assert.True(message.Contains(why, StringComparison.Ordinal), $"{what}: {message}");
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task A_file_over_1_MiB_is_413_and_a_request_without_the_file_field_is_400()
    {
        var naphaporn = await _app.SignInAsync("naphaporn");
        var before = await StoredAsync();
        var big = TestPictures.Png(64, 64, SKColors.Navy).Concat(new byte[UploadedImage.MaxBytes]).ToArray();

        await ApiClient.ProblemAsync(await naphaporn.Http.PutAsync("/api/me/signature", File(big, "signature.png")), HttpStatusCode.RequestEntityTooLarge, "too-large");
        var missing = new MultipartFormDataContent { { new ByteArrayContent(TestPictures.Png(64, 64, SKColors.Navy)), "picture", "signature.png" } };
        await ApiClient.ProblemAsync(await naphaporn.Http.PutAsync("/api/me/signature", missing), HttpStatusCode.BadRequest, "validation-failed");

        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task Each_person_keeps_their_own_signature_and_a_png_named_jpg_is_fine()
    {
        var naphaporn = await _app.SignInAsync("naphaporn");
        var admin = await _app.SignInAsync("admin");
        var hers = TestPictures.Png(300, 90, SKColors.Navy);

        var saved = await naphaporn.OkAsync(await naphaporn.Http.PutAsync("/api/me/signature", File(hers, "scan.JPG", "image/jpeg")));
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("image/png", saved["contentType"]!.GetValue<string>());
        Assert.Equal(hers, await naphaporn.Http.GetByteArrayAsync("/api/me/signature"));
        // The administrator's own signature is theirs alone: hers is not reachable through it, nor changed by it.
        await ApiClient.ProblemAsync(await admin.Http.GetAsync("/api/me/signature"), HttpStatusCode.NotFound, "not-found");
        await admin.OkAsync(await admin.Http.PutAsync("/api/me/signature", File(TestPictures.Png(300, 90, SKColors.Black), "admin.png")));
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(hers, await naphaporn.Http.GetByteArrayAsync("/api/me/signature"));

        Assert.Equal(HttpStatusCode.NoContent, (await naphaporn.Http.DeleteAsync("/api/me/signature")).StatusCode);
        await ApiClient.ProblemAsync(await naphaporn.Http.GetAsync("/api/me/signature"), HttpStatusCode.NotFound, "not-found");
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/api/me/signature")).StatusCode);
        var actions = await _app.WithDbAsync(db => db.AuditRecords.OrderBy(a => a.At).ThenBy(a => a.Id).Select(a => a.ActorUsername + " " + a.Action).ToListAsync());
        Assert.Equal(["naphaporn signature.uploaded", "admin signature.uploaded", "naphaporn signature.removed"], actions);
    }
}

public sealed class SqlitePrintImageUploadTests() : PrintImageUploadTests(TestDatabase.Sqlite());

public sealed class PostgreSqlPrintImageUploadTests() : PrintImageUploadTests(TestDatabase.PostgreSql());
