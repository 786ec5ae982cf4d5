using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kasian.Core.Routes;

/// <summary>
/// Parses and validates one route file. Every problem is reported with its JSON path, so a bad file
/// stops start-up with a message an administrator can act on, rather than failing at the first memo.
/// </summary>
public static partial class RouteParser
{
    private static readonly HashSet<string> RouteProperties = ["$schema", "id", "version", "name", "steps", "originatorMayAct", "urgencyDueFactor"];
    private static readonly HashSet<string> StepProperties = ["id", "title", "position", "action", "due", "clock", "reminders", "escalateTo"];
    private static readonly HashSet<string> Urgencies = ["urgent", "very-urgent", "most-urgent"];

    // A duplicated key would otherwise surface later as an ArgumentException from JsonObject, without file or path.
    internal static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false };

    public static (RouteDefinition? Route, IReadOnlyList<RouteError> Errors) Parse(string file, string json)
    {
        var errors = new List<RouteError>();
        void Error(string path, string reason) => errors.Add(new RouteError(file, path, reason));

        JsonObject root;
        try
        {
            var node = JsonNode.Parse(json, documentOptions: DocumentOptions);
            if (node is not JsonObject o) { Error("$", "a route must be a JSON object"); return (null, errors); }
            root = o;
        }
        catch (JsonException e)
        {
            Error(e.Path ?? "$", $"not valid JSON: {e.Message}");
            return (null, errors);
        }

        Unknown(root, RouteProperties, "$", Error);
        var id = Code(root, "id", "$", Error, required: true);
        var version = root["version"] is JsonValue v && v.TryGetValue(out int ver) && ver > 0 ? ver : 0;
        if (version == 0) Error("$.version", "required: a whole number of 1 or more");
        var name = ParseName(root["name"], Error);
        var originatorMayAct = root["originatorMayAct"] is JsonValue om && om.TryGetValue(out bool b) && b;
        var factors = ParseFactors(root["urgencyDueFactor"], Error);

        var steps = new List<RouteStep>();
        if (root["steps"] is not JsonArray array || array.Count == 0)
            Error("$.steps", "required: a non-empty array of steps");
        else
            for (var i = 0; i < array.Count; i++)
                if (ParseStep(array[i], $"$.steps[{i}]", Error) is { } step) steps.Add(step);

        // A step that failed to parse would make the chain look wrong too; report the cause, not its echo.
        if (root["steps"] is JsonArray all && steps.Count == all.Count) CheckChain(steps, Error);
        if (errors.Count > 0) return (null, errors);

        var canonical = root.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        return (new RouteDefinition(id!, version, name!, steps, originatorMayAct, factors, canonical, hash), errors);
    }

    private static RouteStep? ParseStep(JsonNode? node, string path, Action<string, string> error)
    {
        if (node is not JsonObject s) { error(path, "a step must be a JSON object"); return null; }
        Unknown(s, StepProperties, path, error);
        var id = Code(s, "id", path, error, required: true);
        var title = Text(s, "title", path, error, required: true);
        var position = Code(s, "position", path, error, required: true);
        var escalateTo = Code(s, "escalateTo", path, error, required: false);

        StepAction? action = Text(s, "action", path, error, required: true) switch
        {
            "endorse" => StepAction.Endorse,
            "decide" => StepAction.Decide,
            "acknowledge" => StepAction.Acknowledge,
            null => null,
            var other => Fail<StepAction>(error, $"{path}.action", $"'{other}' is not one of endorse, decide, acknowledge"),
        };
        StepClock? clock = Text(s, "clock", path, error, required: false) switch
        {
            null or "working" => StepClock.Working,
            "calendar" => StepClock.Calendar,
            var other => Fail<StepClock>(error, $"{path}.clock", $"'{other}' is not one of working, calendar"),
        };
        var due = Duration(s, "due", path, error);

        ReminderPolicy? reminders = null;
        if (s["reminders"] is JsonObject r)
        {
            Unknown(r, ["every", "max"], $"{path}.reminders", error);
            var every = Duration(r, "every", $"{path}.reminders", error);
            var max = r["max"] is JsonValue mv && mv.TryGetValue(out int m) && m >= 0 ? m : -1;
            if (max < 0) error($"{path}.reminders.max", "required: a whole number of 0 or more");
            if (r["every"] is null) error($"{path}.reminders.every", "required: an ISO 8601 duration such as PT4H");
            if (due is null) error($"{path}.due", "a step with reminders needs a due time");
            if (every is { } e && max >= 0) reminders = new ReminderPolicy(e, max);
        }
        else if (s["reminders"] is not null) error($"{path}.reminders", "must be an object {every, max}");

        if (id is null || title is null || position is null || action is null || clock is null) return null;
        return new RouteStep(id, title, position, action.Value, due, clock.Value, reminders, escalateTo);
    }

    private static void CheckChain(List<RouteStep> steps, Action<string, string> error)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            if (!seen.Add(steps[i].Id)) error($"$.steps[{i}].id", $"step id '{steps[i].Id}' is used twice");
            var last = i == steps.Count - 1;
            if (last && steps[i].Action == StepAction.Endorse)
                error($"$.steps[{i}].action", "the last step must decide or acknowledge: a route has to end the memo");
            if (!last && steps[i].Action != StepAction.Endorse)
                error($"$.steps[{i}].action", "only the last step may decide or acknowledge: those actions end the memo");
        }
    }

    private static LocalizedText? ParseName(JsonNode? node, Action<string, string> error)
    {
        if (node is JsonValue v && v.TryGetValue(out string? plain) && !string.IsNullOrWhiteSpace(plain)) return new LocalizedText(plain, null);
        if (node is JsonObject o)
        {
            Unknown(o, ["th", "en"], "$.name", error);
            var th = Text(o, "th", "$.name", error, required: true);
            var en = Text(o, "en", "$.name", error, required: false);
            return th is null ? null : new LocalizedText(th, en);
        }
        error("$.name", "required: a string or {th, en}");
        return null;
    }

    private static Dictionary<string, double> ParseFactors(JsonNode? node, Action<string, string> error)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        if (node is null) return result;
        if (node is not JsonObject o) { error("$.urgencyDueFactor", "must be an object such as {\"urgent\": 0.5}"); return result; }
        foreach (var (key, value) in o)
        {
            if (!Urgencies.Contains(key)) error($"$.urgencyDueFactor.{key}", "not one of urgent, very-urgent, most-urgent");
            else if (value is JsonValue fv && fv.TryGetValue(out double f) && f > 0 && f <= 1) result[key] = f;
            else error($"$.urgencyDueFactor.{key}", "must be a number greater than 0 and at most 1");
        }
        return result;
    }

    private static IsoDuration? Duration(JsonObject o, string name, string path, Action<string, string> error)
    {
        var text = Text(o, name, path, error, required: false);
        if (text is null) return null;
        if (IsoDuration.TryParse(text, out var d) && !d.IsZero) return d;
        error($"{path}.{name}", $"'{text}' is not an ISO 8601 duration of weeks, days and time such as P1D or PT4H");
        return null;
    }

    private static string? Code(JsonObject o, string name, string path, Action<string, string> error, bool required)
    {
        var text = Text(o, name, path, error, required);
        if (text is null || CodePattern().IsMatch(text)) return text;
        error($"{path}.{name}", $"'{text}' must be lower-case letters, digits and hyphens");
        return null;
    }

    private static string? Text(JsonObject o, string name, string path, Action<string, string> error, bool required)
    {
        var node = o[name];
        if (node is JsonValue v && v.TryGetValue(out string? s) && !string.IsNullOrWhiteSpace(s)) return s;
        if (node is not null) error($"{path}.{name}", "must be a non-empty string");
        else if (required) error($"{path}.{name}", "required");
        return null;
    }

    private static void Unknown(JsonObject o, HashSet<string> known, string path, Action<string, string> error)
    {
        foreach (var (key, _) in o)
            if (!known.Contains(key)) error($"{path}.{key}", "unknown property (a typo?)");
    }

    private static T? Fail<T>(Action<string, string> error, string path, string reason) where T : struct
    {
        error(path, reason);
        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
