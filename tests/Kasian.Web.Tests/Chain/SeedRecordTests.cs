using System.Net;
using Kasian.Web.Tests.Infrastructure;
using Kasian.Web.Tests.Printing;

namespace Kasian.Web.Tests.Chain;

/// <summary>
/// The "done when": the seed memo walked to approval prints as a PDF; its QR code, scanned, opens a page that
/// says the record is intact; after an UPDATE of its row in the database, verify names it and the page says it no longer matches.
/// The row changed here is its status: the body is in the record only once MemoCreated/MemoEdited carry it (issue 11, item 1,
/// branch seam); when that is merged, MemoRowCheck delegates to MemoReplay.Compare and this test changes the body instead.
/// </summary>
public sealed class SeedRecordTests : IAsyncLifetime
{
    private readonly KasianApp _app = new(TestDatabase.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_printed_seed_memos_qr_code_says_intact_until_its_row_is_changed_in_the_database()
    {
        var id = await SeedMemo.DecidedAsync(_app);
        await RecordKit.SealAsync(_app);
        var admin = await _app.SignInAsync("admin");
        var pdf = PdfTools.Save(await admin.Http.GetByteArrayAsync($"/api/memos/{id}/pdf"), "seed-record-qr");
        var page = await PdfTools.PageImageAsync(pdf, await PdfTools.PagesAsync(pdf), 150, "seed-record-qr-last-page");
        var scanned = new Uri(await PdfTools.QrCodeAsync(page));
        using var anyone = _app.CreateClient();

        var intact = await anyone.GetStringAsync(scanned.PathAndQuery);

        Assert.Contains("บันทึกนี้ตรงกับห่วงโซ่บันทึก", intact);
        Assert.Contains("พย ๗๒๔๐๑/๑๑๙", intact);

        Assert.Equal(1, await RecordKit.TamperAsync(_app, """UPDATE "Memos" SET "Body" = "Body" || ' เป็นเงิน ๑๒๕,๐๐๐ บาท' WHERE "Id" = @m""", ("m", id)));
        var report = await RecordKit.VerifyAsync(_app);
        var changed = await anyone.GetAsync(scanned.PathAndQuery);

        Assert.False(report.Intact);
        Assert.Equal(("memo-row-differs", id), (report.First!.Code, report.First.MemoId));
        Assert.Contains("Body", report.First.Detail);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("ไม่ตรงกับห่วงโซ่บันทึกแล้ว", await changed.Content.ReadAsStringAsync());
    }
}
