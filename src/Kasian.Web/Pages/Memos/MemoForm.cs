using Kasian.Web.Features.Memos;
using Kasian.Web.Memos;

namespace Kasian.Web.Pages.Memos;

/// <summary>The บันทึกข้อความ fields as a form posts them; the handlers validate.</summary>
public sealed class MemoForm
{
    public string? Unit { get; set; }

    public string? UnitPhone { get; set; }

    public string? Subject { get; set; }

    public string? To { get; set; }

    public string? Body { get; set; }

    public string? Urgency { get; set; } = "normal";

    public MemoFields ToFields() => new(Unit, UnitPhone, Subject, To, Body, Urgency);

    public static MemoForm Of(MemoDetails memo) => new()
    {
        Unit = memo.Unit,
        UnitPhone = memo.UnitPhone,
        Subject = memo.Subject,
        To = memo.To,
        Body = memo.Body,
        Urgency = memo.Urgency,
    };

    public static readonly string[] Urgencies = ["normal", "urgent", "very-urgent", "most-urgent"];
}

public sealed record MemoFieldsView(MemoForm Form, IReadOnlyDictionary<string, string[]>? Errors);
