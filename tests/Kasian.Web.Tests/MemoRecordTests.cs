using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kasian.Core.Memos;
using Kasian.Web.Data;
using Kasian.Web.Memos;
using Kasian.Web.Tests.Infrastructure;
using static Kasian.Web.Tests.Reminders.ReminderHarness;

namespace Kasian.Web.Tests;

/// <summary>
/// The memo row is what its events say: after every kind of writer has touched it (edit, attach, submit, return,
/// resubmit, endorse, reminders, escalation, approve), replaying its events through the engine gives the row exactly,
/// on every provider. A writer that stopped writing a column (StepOpenedAt, say) or wrote one the events do not carry
/// fails here.
/// </summary>
public abstract class MemoRecordTests(TestDatabase database) : IAsyncLifetime
{
    private static readonly string LongThaiBody = string.Concat(Enumerable.Repeat("ข้อเท็จจริงเรื่องการประเมิน ITA ประจำปี ๒๕๖๗ ", 120));

    private readonly KasianApp _app = new(database, Settings());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_seed_memo_row_equals_the_replay_of_its_events_after_its_whole_walk()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        var naphaporn = await _app.SignInAsync("naphaporn");
        var id = Assert.Single((await thapthim.GetJsonAsync("/api/memos?box=sent&status=draft"))["items"]!.AsArray())!["id"]!.GetValue<Guid>();
        await AssertRowIsItsRecordAsync(id);

        Assert.True(LongThaiBody.Length > 4000);
        var edit = await thapthim.Http.PutAsJsonAsync($"/api/memos/{id}", new
        {
            unit = "กองคลัง องค์การบริหารส่วนตำบลภูซาง", unitPhone = (string?)null, subject = "รายงานผล ITA (แก้ไข)", to = "ปลัดองค์การบริหารส่วนตำบลภูซาง",
            body = LongThaiBody, urgency = "urgent",
        });
        await thapthim.OkAsync(edit);
        using var form = new MultipartFormDataContent { { new ByteArrayContent("ภาคผนวก"u8.ToArray()), "file", "ภาคผนวก.txt" } };
        await thapthim.OkAsync(await thapthim.Http.PostAsync($"/api/memos/{id}/attachments", form), HttpStatusCode.Created);
        await AssertRowIsItsRecordAsync(id);

        await thapthim.OkAsync(await thapthim.PostAsync($"/api/memos/{id}/submit"));
        _app.Clock.Advance(TimeSpan.FromMinutes(30));
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/return", new { stepId = "head-of-office", reason = "แก้ตัวเลข" }));
        _app.Clock.Advance(TimeSpan.FromMinutes(30));
        await thapthim.OkAsync(await thapthim.PostAsync($"/api/memos/{id}/submit"));
        await AssertRowIsItsRecordAsync(id);

        // Urgent: the head of office has half a working day, then reminders every two working hours, then escalation.
        await _app.SweepAtAsync(Bangkok(24, 15));
        await AssertRowIsItsRecordAsync(id);
        await _app.SweepAtAsync(Bangkok(30, 12));
        var types = (await _app.EventsAsync(id)).Select(e => e.Type).ToList();
        Assert.Contains("ReminderSent", types);
        Assert.Contains("StepEscalated", types);
        await AssertRowIsItsRecordAsync(id);

        // Days have passed: sign in afresh.
        naphaporn = await _app.SignInAsync("naphaporn");
        var worawit = await _app.SignInAsync("worawit");
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office", comment = "เห็นควรเสนอ" }));
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "palad", comment = "เพื่อโปรดพิจารณา" }));
        await AssertRowIsItsRecordAsync(id);
        _app.Clock.Advance(TimeSpan.FromHours(1));
        await worawit.OkAsync(await worawit.PostAsync($"/api/memos/{id}/approve", new { stepId = "nayok", comment = "อนุมัติ" }));

        var memo = await AssertRowIsItsRecordAsync(id);
        Assert.Equal((MemoStatus.Approved, LongThaiBody, Urgency.Urgent, (string?)null), (memo.Status, memo.Body, memo.Urgency, memo.UnitPhone));
    }

    [Fact]
    public async Task An_edit_shows_its_whole_new_content_in_the_memos_events()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        var id = (await thapthim.CreateMemoAsync("ก่อนแก้"))["id"]!.GetValue<Guid>();

        await thapthim.OkAsync(await thapthim.Http.PutAsJsonAsync($"/api/memos/{id}", new
        {
            unit = "กองช่าง", unitPhone = "0 5440 1234", subject = "หลังแก้", to = "นายก", body = LongThaiBody, urgency = "most-urgent",
        }));

        var events = await thapthim.Http.GetFromJsonAsync<JsonArray>($"/api/memos/{id}/events");
        var edited = events!.Last()!["payload"]!;
        Assert.Equal("MemoEdited", events!.Last()!["type"]!.GetValue<string>());
        var content = edited["content"]!;
        Assert.Equal(
            ("กองช่าง", "0 5440 1234", "หลังแก้", "นายก", LongThaiBody, "most-urgent"),
            (content["unit"]!.GetValue<string>(), content["unitPhone"]!.GetValue<string>(), content["subject"]!.GetValue<string>(),
                content["to"]!.GetValue<string>(), content["body"]!.GetValue<string>(), content["urgency"]!.GetValue<string>()));
        await AssertRowIsItsRecordAsync(id);
    }

    [Fact]
    public async Task Compare_names_every_column_that_differs_from_the_record()
    {
        var id = await (await _app.SignInAsync("thapthim")).CreateAndSubmitAsync("ทุกคอลัมน์");
        var events = await _app.EventsAsync(id);
        // Id and OrganisationId are the memo's address, not facts its events state.
        var columns = typeof(Memo).GetProperties().Where(p => p.Name is not (nameof(Memo.Id) or nameof(Memo.OrganisationId))).ToList();
        Assert.Equal(25, columns.Count);

        foreach (var column in columns)
        {
            var memo = await _app.MemoAsync(id);
            column.SetValue(memo, Different(column.GetValue(memo), column.PropertyType));
            Assert.Equal($"{column.Name} differs from its record (last event {events[^1].Sequence})", MemoReplay.Compare(memo, events));
        }
    }

    private async Task<Memo> AssertRowIsItsRecordAsync(Guid id)
    {
        var memo = await _app.MemoAsync(id);
        Assert.Null(MemoReplay.Compare(memo, await _app.EventsAsync(id)));
        return memo;
    }

    private static object? Different(object? value, Type type) => value switch
    {
        string s => s + "x",
        int i => i + 1,
        DateTimeOffset d => d.AddSeconds(1),
        DateOnly d => d.AddDays(1),
        MemoStatus s => s == MemoStatus.Rejected ? MemoStatus.Draft : MemoStatus.Rejected,
        Urgency u => u == Urgency.MostUrgent ? Urgency.Normal : Urgency.MostUrgent,
        PersonId => PersonId.New(),
        null when Nullable.GetUnderlyingType(type) == typeof(DateTimeOffset) => DateTimeOffset.UnixEpoch,
        null when Nullable.GetUnderlyingType(type) == typeof(int) => 7,
        null when Nullable.GetUnderlyingType(type) == typeof(DateOnly) => DateOnly.MinValue,
        null => "x",
        _ => throw new InvalidOperationException($"No different value for {type}."),
    };
}

public sealed class SqliteMemoRecordTests() : MemoRecordTests(TestDatabase.Sqlite());

public sealed class PostgreSqlMemoRecordTests() : MemoRecordTests(TestDatabase.PostgreSql());
