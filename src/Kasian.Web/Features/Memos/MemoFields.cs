using Kasian.Core.Memos;
using Kasian.Web.Common;

namespace Kasian.Web.Features.Memos;

/// <summary>The บันทึกข้อความ fields an originator writes, with the limits create and edit share.</summary>
public sealed record MemoFields(string? Unit, string? UnitPhone, string? Subject, string? To, string? Body, string? Urgency)
{
    public const int MaxBody = 20_000;

    public Problem? Validate(out Urgency urgency)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "unit", Unit, 300, "ส่วนราชการ (the owning unit)");
        Optional(errors, "unitPhone", UnitPhone, 64);
        Require(errors, "subject", Subject, 500, "เรื่อง (the subject)");
        Require(errors, "to", To, 300, "เรียน (the addressee)");
        Require(errors, "body", Body, MaxBody, "the body");
        var parsed = UrgencyText.FromCode(Urgency);
        if (parsed is null) errors["urgency"] = [$"'{Urgency}' is not one of normal, urgent, very-urgent, most-urgent."];
        urgency = parsed ?? Core.Memos.Urgency.Normal;
        return errors.Count > 0 ? Problem.Invalid(errors) : null;
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? value, int max, string what)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = [$"{what} is required."];
        else Optional(errors, field, value, max);
    }

    private static void Optional(Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (value is not null && value.Length > max) errors[field] = [$"{field} is {value.Length} characters; at most {max} are allowed."];
    }
}
