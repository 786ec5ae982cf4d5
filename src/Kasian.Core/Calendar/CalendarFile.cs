using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kasian.Core.Routes;

namespace Kasian.Core.Calendar;

/// <summary>
/// Parses a working-day calendar file (<c>workflows/calendars/*.json</c>): office hours and the
/// holidays an administrator keeps up to date from each year's cabinet resolution. Problems are
/// reported like route problems — file, JSON path, reason — so a bad file stops start-up legibly.
/// </summary>
public static class CalendarFile
{
    private static readonly HashSet<string> Properties = ["$schema", "id", "name", "note", "officeHours", "holidays"];
    private static readonly HashSet<string> HolidayProperties = ["date", "name", "note"];

    public static (WorkingCalendar? Calendar, IReadOnlyList<RouteError> Errors) Parse(string file, string json)
    {
        var (content, errors) = Read(file, json);
        return (content?.ToCalendar(), errors);
    }

    /// <summary>The file with its holidays' names, which the administration pages show beside the published years.</summary>
    public static (HolidayFile? File, IReadOnlyList<RouteError> Errors) Read(string file, string json)
    {
        var errors = new List<RouteError>();
        void Error(string path, string reason) => errors.Add(new RouteError(file, path, reason));

        JsonObject root;
        try
        {
            if (JsonNode.Parse(json, documentOptions: RouteParser.DocumentOptions) is not JsonObject o)
            {
                Error("$", "a calendar must be a JSON object");
                return (null, errors);
            }
            root = o;
        }
        catch (JsonException e)
        {
            Error(e.Path ?? "$", $"not valid JSON: {e.Message}");
            return (null, errors);
        }

        Unknown(root, Properties, "$", Error);
        if (Text(root["id"]) is null) Error("$.id", "required: a non-empty string");
        var (opens, closes) = OfficeHours(root["officeHours"], Error);
        var holidays = Holidays(root["holidays"], Error);

        if (errors.Count > 0) return (null, errors);
        return (new HolidayFile(opens, closes, holidays), errors);
    }

    private static (TimeOnly Opens, TimeOnly Closes) OfficeHours(JsonNode? node, Action<string, string> error)
    {
        if (node is null) return (WorkingCalendar.DefaultOpens, WorkingCalendar.DefaultCloses);
        if (node is not JsonObject o)
        {
            error("$.officeHours", "must be an object {opens, closes}");
            return (WorkingCalendar.DefaultOpens, WorkingCalendar.DefaultCloses);
        }
        Unknown(o, ["opens", "closes"], "$.officeHours", error);
        var opens = Time(o, "opens", error);
        var closes = Time(o, "closes", error);
        if (opens is { } a && closes is { } b && b <= a) error("$.officeHours.closes", $"{b:HH\\:mm} must be after opening time {a:HH\\:mm}");
        return (opens ?? WorkingCalendar.DefaultOpens, closes ?? WorkingCalendar.DefaultCloses);
    }

    private static TimeOnly? Time(JsonObject o, string name, Action<string, string> error)
    {
        var text = Text(o[name]);
        if (text is not null && TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        error($"$.officeHours.{name}", text is null ? "required: a time such as 08:30" : $"'{text}' is not a time such as 08:30");
        return null;
    }

    private static List<Holiday> Holidays(JsonNode? node, Action<string, string> error)
    {
        var result = new List<Holiday>();
        if (node is not JsonArray array)
        {
            error("$.holidays", "required: an array of {date, name}");
            return result;
        }

        var firstSeen = new Dictionary<DateOnly, int>();
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"$.holidays[{i}]";
            if (array[i] is not JsonObject h) { error(path, "a holiday must be an object {date, name}"); continue; }
            Unknown(h, HolidayProperties, path, error);
            var name = Text(h["name"]);
            if (name is null) error($"{path}.name", "required: a non-empty string");

            var text = Text(h["date"]);
            if (text is null || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                error($"{path}.date", text is null ? "required: a date such as 2025-01-01" : $"'{text}' is not a date such as 2025-01-01");
                continue;
            }
            if (firstSeen.TryGetValue(date, out var first)) { error($"{path}.date", $"{text} is listed twice (first at $.holidays[{first}])"); continue; }
            firstSeen[date] = i;
            if (name is not null) result.Add(new Holiday(date, name.Trim()));
        }
        return result;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue(out string? s) && !string.IsNullOrWhiteSpace(s) ? s : null;

    private static void Unknown(JsonObject o, HashSet<string> known, string path, Action<string, string> error)
    {
        foreach (var (key, _) in o)
            if (!known.Contains(key)) error($"{path}.{key}", "unknown property (a typo?)");
    }
}
