using System.Globalization;
using System.Text.Json.Nodes;
using Kasian.Core.Routes;

namespace Kasian.Web.Pages.Admin;

/// <summary>One row of the route editor: a step, or a branch of the parallel group its <see cref="Group"/> names.</summary>
public sealed partial class StepRow
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Position { get; set; }

    public string? Action { get; set; }

    public string? Due { get; set; }

    public string? Clock { get; set; }

    public string? RemindEvery { get; set; }

    public string? RemindMax { get; set; }

    public string? EscalateTo { get; set; }

    public string? WhenField { get; set; }

    public string? WhenOp { get; set; }

    /// <summary>One value, or for <c>in</c> several separated by spaces.</summary>
    public string? WhenValue { get; set; }

    public string? Group { get; set; }

    public string? GroupMode { get; set; }

    public bool IsBlank => new[] { Id, Title, Position, Action, Due, Clock, RemindEvery, RemindMax, EscalateTo, WhenField, WhenOp, WhenValue, Group, GroupMode }
        .All(string.IsNullOrWhiteSpace);

    public static StepRow Of(RouteStep step, string? group, string? mode, RouteCondition? groupWhen)
    {
        var when = step.When ?? groupWhen;
        return new StepRow
        {
            Id = step.Id, Title = step.Title, Position = step.Position, Action = step.Action.ToString().ToLowerInvariant(),
            Due = step.Due?.ToString(), Clock = step.Clock == StepClock.Calendar ? "calendar" : null,
            RemindEvery = step.Reminders?.Every.ToString(), RemindMax = step.Reminders?.Max.ToString(CultureInfo.InvariantCulture),
            EscalateTo = step.EscalateTo, Group = group, GroupMode = mode,
            WhenField = when?.Field, WhenOp = when?.Op.ToString().ToLowerInvariant(),
            WhenValue = when is null ? null
                : when.Field == RouteCondition.AmountField ? string.Join(' ', when.Amounts.Select(a => a.ToString(CultureInfo.InvariantCulture)))
                : string.Join(' ', when.Codes),
        };
    }

    public JsonObject ToJson()
    {
        var s = new JsonObject();
        RouteForm.Put(s, "id", RouteForm.Text(Id));
        RouteForm.Put(s, "title", RouteForm.Text(Title));
        RouteForm.Put(s, "position", RouteForm.Text(Position));
        RouteForm.Put(s, "action", RouteForm.Text(Action));
        RouteForm.Put(s, "due", RouteForm.Text(Due));
        RouteForm.Put(s, "clock", RouteForm.Text(Clock));
        if (RouteForm.Text(RemindEvery) is not null || RouteForm.Text(RemindMax) is not null)
        {
            var reminders = new JsonObject();
            RouteForm.Put(reminders, "every", RouteForm.Text(RemindEvery));
            RouteForm.Put(reminders, "max", int.TryParse(RouteForm.Latin(RemindMax), NumberStyles.None, CultureInfo.InvariantCulture, out var max)
                ? JsonValue.Create(max) : RouteForm.Text(RemindMax) is { } text ? JsonValue.Create(text) : null);
            s["reminders"] = reminders;
        }
        RouteForm.Put(s, "escalateTo", RouteForm.Text(EscalateTo));
        if (RouteForm.Text(WhenField) is not null || RouteForm.Text(WhenOp) is not null || RouteForm.Text(WhenValue) is not null)
        {
            var when = new JsonObject();
            RouteForm.Put(when, "field", RouteForm.Text(WhenField));
            RouteForm.Put(when, "op", RouteForm.Text(WhenOp));
            var amount = RouteForm.Text(WhenField) == RouteCondition.AmountField;
            JsonNode? Value(string v) => amount ? RouteForm.Number(v) : JsonValue.Create(v);
            if (RouteForm.Text(WhenOp) == "in")
                // Amounts may carry thousands separators ("100,000"), so only spaces and semicolons separate them; codes may be split by commas too.
                when["value"] = new JsonArray([.. (amount ? AmountSeparators().Split(WhenValue!.Trim()).Where(w => w.Length > 0).ToList() : RouteForm.Words(WhenValue)).Select(Value)]);
            else
                RouteForm.Put(when, "value", RouteForm.Text(WhenValue) is { } one ? Value(one) : null);
            s["when"] = when;
        }
        return s;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\s;]+")]
    private static partial System.Text.RegularExpressions.Regex AmountSeparators();
}
