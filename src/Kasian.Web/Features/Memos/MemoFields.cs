using Kasian.Core.Memos;
using Kasian.Web.Common;

namespace Kasian.Web.Features.Memos;

/// <summary>The บันทึกข้อความ fields an originator writes, with the limits create and edit share.</summary>
public sealed record MemoFields(string? Unit, string? UnitPhone, string? Subject, string? To, string? Body, string? Urgency)
{
    public const int MaxBody = 20_000;

    /// <summary>
    /// Checked as a reader sees them (<see cref="Checks"/>): a subject of zero-width spaces is no subject, and
    /// a right-to-left override, which could make a printed line read differently from the stored one, is refused.
    /// </summary>
    public Problem? Validate(out Urgency urgency)
    {
        var checks = new Checks();
        checks.Required("unit", Unit, 300, "ส่วนราชการ (the owning unit)");
        checks.Optional("unitPhone", UnitPhone, 64);
        checks.Required("subject", Subject, 500, "เรื่อง (the subject)");
        checks.Required("to", To, 300, "เรียน (the addressee)");
        checks.Required("body", Body, MaxBody, "the body");
        var parsed = UrgencyText.FromCode(Urgency);
        if (parsed is null) checks.Fail("urgency", $"'{Urgency}' is not one of normal, urgent, very-urgent, most-urgent.");
        urgency = parsed ?? Core.Memos.Urgency.Normal;
        return checks.Problem;
    }

    /// <summary>The content as it is stored and recorded, once <see cref="Validate"/> has passed: trimmed, an empty phone as none.</summary>
    public MemoContent Content(Urgency urgency) =>
        new(Unit!.Trim(), VisibleText.OrNull(UnitPhone), Subject!.Trim(), To!.Trim(), Body!, urgency);
}
