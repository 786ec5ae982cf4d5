using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Web.Data;
using Kasian.Web.Memos;

namespace Kasian.Web.Tests;

/// <summary>Events stored before issue 11 still read, and replaying them checks what they said and nothing they could not say.</summary>
public class MemoReplayTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 5, 3, 0, 0, TimeSpan.Zero);
    private static readonly PersonId Originator = PersonId.New();

    [Fact]
    public void Old_creations_edits_and_reminders_still_deserialise()
    {
        Assert.Equal(new MemoCreated("เรื่อง", "internal-memo"), EventJson.Deserialize("""{"type":"MemoCreated","subject":"เรื่อง","routeId":"internal-memo"}"""));
        Assert.Equal(new MemoEdited("แก้"), EventJson.Deserialize("""{"type":"MemoEdited","subject":"แก้"}"""));
        var reminder = Assert.IsType<ReminderSent>(EventJson.Deserialize("""{"type":"ReminderSent","stepId":"palad","round":1,"reminder":2,"recipients":["a"]}"""));
        Assert.Null(reminder.Next);
    }

    [Fact]
    public void A_row_made_from_old_events_is_checked_on_what_they_said_only()
    {
        var memo = Row();
        List<MemoEventRecord> events =
        [
            Record(memo, 1, """{"type":"MemoCreated","subject":"เรื่องเดิม","routeId":"internal-memo"}"""),
            Record(memo, 2, """{"type":"MemoEdited","subject":"เรื่องใหม่"}"""),
        ];

        Assert.Null(MemoReplay.Compare(memo, events));

        memo.Subject = "อื่น";
        Assert.Equal("Subject differs from its record (last event 2)", MemoReplay.Compare(memo, events));
    }

    [Fact]
    public void A_new_edit_after_old_events_makes_the_content_checked_again()
    {
        var memo = Row();
        var content = new MemoContent("กองช่าง", null, "เรื่องใหม่", "นายก", "เนื้อความ", Urgency.Urgent);
        List<MemoEventRecord> events =
        [
            Record(memo, 1, """{"type":"MemoCreated","subject":"เรื่องเดิม","routeId":"internal-memo"}"""),
            Record(memo, 2, EventJson.Serialize(new MemoEdited(content.Subject, content))),
        ];

        Assert.Equal("Unit differs from its record (last event 2)", MemoReplay.Compare(memo, events));
        (memo.Unit, memo.To, memo.Body, memo.Urgency) = (content.Unit, content.To, content.Body, content.Urgency);
        Assert.Null(MemoReplay.Compare(memo, events));
    }

    /// <summary>A row as the code before issue 11 wrote it: a draft, edited once; the body and the rest never recorded.</summary>
    private static Memo Row() => new()
    {
        OrganisationId = Guid.NewGuid(), OriginatorId = Originator, OriginatorPositionTitle = "นักทรัพยากรบุคคล", Unit = "สำนักปลัด",
        Subject = "เรื่องใหม่", To = "ปลัด", Body = "เนื้อความเดิม", Urgency = Urgency.Normal, Status = MemoStatus.Draft, RouteId = "internal-memo",
        CreatedAt = At, UpdatedAt = At, LastSequence = 2,
    };

    private static MemoEventRecord Record(Memo memo, int sequence, string payload) => new()
    {
        MemoId = memo.Id, Sequence = sequence, Type = EventJson.Deserialize(payload).Type, Payload = payload, At = At, ActorId = Originator,
    };
}
