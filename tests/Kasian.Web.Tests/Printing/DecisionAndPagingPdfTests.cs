using System.Text.RegularExpressions;
using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Printing;

/// <summary>The decision block's boxes, and a long memo over several pages: numbers, continuation lines, endorsements kept whole.</summary>
public sealed partial class DecisionAndPagingPdfTests : IAsyncLifetime
{
    private readonly KasianApp _app = new(TestDatabase.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Rejected_memo_ticks_ไม่เห็นชอบ_and_prints_the_reason_there_only()
    {
        const string reason = "ให้ทบทวนคะแนนรายตัวชี้วัดก่อนรายงาน";
        var id = await SeedMemo.DecidedAsync(_app, approve: false, comment: reason);
        var admin = await _app.SignInAsync("admin");
        var text = await PdfTools.TextAsync(PdfTools.Save(await admin.Http.GetByteArrayAsync($"/api/memos/{id}/pdf"), "seed-rejected"));

        PdfTools.InOrder(text, "ความเห็น / คำสั่ง นายกองค์การบริหารส่วนตำบลภูซาง", "☐ เห็นชอบดำเนินการตามเสนอ", "☑ ไม่เห็นชอบ เพราะ " + reason, "(นายวรวิทย์ เผ่าใจมา)");
        Assert.Single(Regex.Matches(PdfTools.Squash(text), PdfTools.Squash(reason)));
        Assert.DoesNotContain("☑เห็นชอบ", PdfTools.Squash(text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approval_comment_stands_under_the_ticked_line()
    {
        var id = await SeedMemo.DecidedAsync(_app, comment: "ให้ประชาสัมพันธ์ผลการประเมินทางเว็บไซต์");
        var admin = await _app.SignInAsync("admin");
        var text = await PdfTools.TextAsync(PdfTools.Save(await admin.Http.GetByteArrayAsync($"/api/memos/{id}/pdf"), "seed-approved-comment"));

        PdfTools.InOrder(text, "☑ เห็นชอบดำเนินการตามเสนอ", "ให้ประชาสัมพันธ์ผลการประเมินทางเว็บไซต์", "☐ ไม่เห็นชอบ เพราะ ....", "(นายวรวิทย์ เผ่าใจมา)");
    }

    [Fact]
    public async Task Memo_in_progress_leaves_the_unreached_steps_blank_and_no_box_ticked()
    {
        var id = await SeedMemo.SubmittedAsync(_app);
        var admin = await _app.SignInAsync("admin");
        var text = await PdfTools.TextAsync(PdfTools.Save(await admin.Http.GetByteArrayAsync($"/api/memos/{id}/pdf"), "seed-submitted"));

        PdfTools.InOrder(text, "ความเห็นหัวหน้าสำนักปลัด", "......", "(......", "☐ เห็นชอบดำเนินการตามเสนอ", "☐ ไม่เห็นชอบ เพราะ");
        Assert.DoesNotContain("☑", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_memo_breaks_pages_with_numbers_and_continuation_lines_and_never_splits_an_endorsement()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        var paragraph = "ตามที่องค์การบริหารส่วนตำบลภูซางได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
            + "ประจำปีงบประมาณ พ.ศ. 2567 ทุกส่วนราชการได้ทบทวนกระบวนการปฏิบัติงานและเผยแพร่ขั้นตอนการให้บริการแก่ประชาชน";
        var body = string.Join("\n\n", Enumerable.Range(1, 14).Select(i => $"{i}. {paragraph}")) + "\n\nจึงเรียนมาเพื่อโปรดพิจารณา";
        var created = await thapthim.OkAsync(await thapthim.PostAsync("/api/memos", new
        {
            unit = "สำนักปลัด องค์การบริหารส่วนตำบลภูซาง", subject = "รายงานผลการดำเนินการตามมาตรการ", to = "นายกองค์การบริหารส่วนตำบลภูซาง", body,
            urgency = "most-urgent",
        }), System.Net.HttpStatusCode.Created);
        var id = created["id"]!.GetValue<Guid>();
        await thapthim.OkAsync(await thapthim.PostAsync($"/api/memos/{id}/submit"));
        await SeedMemo.EndorseTwiceAsync(_app, id);
        var worawit = await _app.SignInAsync("worawit");
        await worawit.OkAsync(await worawit.PostAsync($"/api/memos/{id}/approve", new { stepId = "nayok" }));

        var pdf = PdfTools.Save(await worawit.Http.GetByteArrayAsync($"/api/memos/{id}/pdf"), "long-memo");
        var pages = await PdfTools.PagesAsync(pdf);
        Assert.True(pages >= 3, $"a memo of fourteen paragraphs and three endorsements takes {pages} page(s)");
        Assert.Contains("ด่วนที่สุด", await PdfTools.TextAsync(pdf), StringComparison.Ordinal);
        var texts = new List<IReadOnlyList<string>>();
        for (var p = 1; p <= pages; p++) texts.Add(await PdfTools.PageLinesAsync(pdf, p));

        for (var p = 1; p <= pages; p++)
        {
            var lines = texts[p - 1];
            if (p > 1) Assert.Equal($"-{Kasian.Core.Thai.ThaiDigits.ToThai(p)}-", PdfTools.Squash(lines[0]));
            if (p == pages)
            {
                Assert.DoesNotMatch(Continuation(), lines[^1]);
                continue;
            }
            // The foot of the page names the first words of the next, as "/ความเห็น..." does in the seed.
            var foot = Continuation().Match(lines[^1]);
            Assert.True(foot.Success, $"page {p} ends with '{lines[^1]}', not a continuation line");
            Assert.StartsWith(PdfTools.Squash(foot.Groups[1].Value), PdfTools.Squash(texts[p][1]), StringComparison.Ordinal);
        }
        // Each endorsement is whole on one page: its heading and its signer's name are on the same page.
        foreach (var (heading, name) in new[]
        {
            ("ความเห็นหัวหน้าสำนักปลัด", "(นางนภาพร ธาคำดี)"),
            ("ความเห็นปลัดองค์การบริหารส่วนตำบลภูซาง", SeedMemo.ActingPalad),
            ("ความเห็น / คำสั่ง นายกองค์การบริหารส่วนตำบลภูซาง", "(นายวรวิทย์ เผ่าใจมา)"),
        })
        {
            var page = texts.FindIndex(t => PdfTools.Squash(string.Concat(t)).Contains(PdfTools.Squash(heading), StringComparison.Ordinal));
            Assert.True(page >= 0, $"{heading} is missing");
            PdfTools.InOrder(string.Join('\n', texts[page]), heading, name);
        }
        await PdfTools.PageImageAsync(pdf, 1, 80, "long-memo-page1");
        await PdfTools.PageImageAsync(pdf, 2, 80, "long-memo-page2");
    }

    [GeneratedRegex(@"^/(\S.*)\.\.\.$")]
    private static partial Regex Continuation();
}
