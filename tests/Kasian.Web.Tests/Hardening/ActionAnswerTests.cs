using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Web.Data;
using Kasian.Web.Data.Sql;
using Kasian.Web.Memos;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kasian.Web.Tests.Hardening;

/// <summary>
/// The whole memo that answers a step action is the memo as that action's own commit left it. Another writer lands
/// between the commit and the answer (an administrator's reassignment, appended through another connection); the
/// answer must not show it, and the memo read afterwards must.
/// </summary>
public abstract class ActionAnswerTests(TestDatabase database) : IAsyncLifetime
{
    private readonly KasianApp _app = new(database);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_answer_to_an_endorsement_shows_its_own_commit_not_a_later_writers()
    {
        var id = await (await _app.SignInAsync("thapthim")).CreateAndSubmitAsync("คำตอบตามที่ตนเขียน");
        var naphaporn = await _app.SignInAsync("naphaporn");
        var landed = false;
        _app.Services.GetRequiredService<SqlSessions>().AfterCommit = async (memo, ct) =>
        {
            if (memo != id || landed) return;
            landed = true;
            await OtherWriter.AppendAsync(_app, id, row => new StepReassigned("palad", row.Round, "palad", "nayok", "ปลัดไปราชการ"), null, ct);
        };

        var answer = await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office", comment = "เห็นควรเสนอ" }));

        Assert.True(landed, "the other writer did not land between the commit and the answer");
        var events = await _app.WithDbAsync(db => db.MemoEvents.Where(e => e.MemoId == new MemoId(id)).OrderBy(e => e.Sequence).Select(e => e.Type).ToListAsync());
        Assert.Equal(["MemoCreated", "MemoSubmitted", "StepOpened", "StepEndorsed", "StepOpened", "StepReassigned"], events);
        Assert.Equal(5, answer["version"]!.GetValue<int>());
        Assert.Equal(("palad", "palad"), (answer["currentStep"]!["id"]!.GetValue<string>(), answer["currentStep"]!["position"]!.GetValue<string>()));
        Assert.Empty(answer["reassignments"]!.AsArray());
        Assert.Equal("เห็นควรเสนอ", Assert.Single(answer["endorsements"]!.AsArray())!["comment"]!.GetValue<string>());

        var now = await naphaporn.GetJsonAsync($"/api/memos/{id}");
        Assert.Equal(6, now["version"]!.GetValue<int>());
        Assert.Equal("nayok", now["currentStep"]!["position"]!.GetValue<string>());
        Assert.Single(now["reassignments"]!.AsArray());
    }

    [Fact]
    public async Task The_answer_to_a_return_lists_only_the_attachments_added_before_it()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        var id = await thapthim.CreateAndSubmitAsync("ไฟล์แนบตามลำดับ");
        var naphaporn = await _app.SignInAsync("naphaporn");
        var landed = false;
        _app.Services.GetRequiredService<SqlSessions>().AfterCommit = async (memo, ct) =>
        {
            if (memo != id || landed) return;
            landed = true;
            // The originator attaches a file to the returned memo before the returner's answer is written.
            var file = new Attachment
            {
                MemoId = new MemoId(id), FileName = "ภายหลัง.txt", ContentType = "text/plain", Size = 3, Sha256 = new string('0', 64),
                Content = [1, 2, 3], AddedAt = _app.Clock.GetUtcNow(), AddedBy = default,
            };
            await OtherWriter.AppendAsync(_app, id, row => new AttachmentAdded(file.Id, file.FileName, file.Size, file.Sha256),
                (session, row) =>
                {
                    file.AddedBy = row.OriginatorId;
                    return session.Map<Attachment>().Insert(file, "a");
                }, ct);
        };

        var answer = await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/return", new { stepId = "head-of-office", reason = "แก้ไขตัวเลข" }));

        Assert.True(landed);
        Assert.Equal("returned", answer["status"]!.GetValue<string>());
        Assert.Empty(answer["attachments"]!.AsArray());
        Assert.Single((await naphaporn.GetJsonAsync($"/api/memos/{id}"))["attachments"]!.AsArray());
    }
}

public sealed class SqliteActionAnswerTests() : ActionAnswerTests(TestDatabase.Sqlite());

public sealed class PostgreSqlActionAnswerTests() : ActionAnswerTests(TestDatabase.PostgreSql());
