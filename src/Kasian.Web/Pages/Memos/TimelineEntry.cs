using System.Text.Json;
using Kasian.Core.Routes;
using Kasian.Web.Features.Memos;

namespace Kasian.Web.Pages.Memos;

/// <summary>One line of a memo's timeline, read from its audit event: what, who, in which capacity, what they wrote, when.</summary>
public sealed record TimelineEntry(string Type, DateTimeOffset At, string? Actor, string? Capacity, string? Text, string? StepTitle, string? Number,
    DateTimeOffset? DueAt, string? FileName)
{
    public static IReadOnlyList<TimelineEntry> From(IReadOnlyList<MemoEventView> events, RouteDefinition? route) =>
        events.Select(e =>
        {
            var p = e.Payload;
            var stepId = Str(p, "stepId");
            return new TimelineEntry(
                e.Type,
                e.At,
                e.Actor?.DisplayName,
                p.TryGetProperty("capacity", out var c) && c.ValueKind == JsonValueKind.Object ? Str(c, "text") : null,
                Str(p, "comment") ?? Str(p, "reason"),
                stepId is null ? null : route?.Steps.FirstOrDefault(s => s.Id == stepId)?.Title ?? stepId,
                Str(p, "number"),
                p.TryGetProperty("dueAt", out var due) && due.ValueKind == JsonValueKind.String ? due.GetDateTimeOffset() : null,
                Str(p, "fileName"));
        }).ToList();

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
