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
    private static readonly HashSet<string> RouteProperties =
        ["$schema", "id", "version", "name", "steps", "originatorMayAct", "urgencyDueFactor", "originators", "memoTypes", "distinctActors", "resubmit"];
    private static readonly HashSet<string> StepProperties = ["id", "title", "position", "action", "due", "clock", "reminders", "escalateTo", "when"];
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

        var originators = ParseOriginators(root["originators"], Error);
        var memoTypes = Codes(root, "memoTypes", "$", Error) ?? [];
        var distinctActors = Flag(root, "distinctActors", "$", Error);
        ResubmitFrom? resubmit = Text(root, "resubmit", "$", Error, required: false) switch
        {
            null or "from-start" => ResubmitFrom.Start,
            "from-returning-step" => ResubmitFrom.ReturningStep,
            var other => Fail<ResubmitFrom>(Error, "$.resubmit", $"'{other}' is not one of from-start, from-returning-step"),
        };

        var nodes = new List<RouteNode>();
        if (root["steps"] is not JsonArray array || array.Count == 0)
            Error("$.steps", "required: a non-empty array of steps");
        else
            for (var i = 0; i < array.Count; i++)
                if (ParseNode(array[i], $"$.steps[{i}]", Error) is { } node) nodes.Add(node);

        // A step that failed to parse would make the chain look wrong too; report the cause, not its echo.
        if (root["steps"] is JsonArray all && nodes.Count == all.Count && errors.Count == 0) RoutePaths.Check(nodes, memoTypes, Error);
        if (errors.Count > 0) return (null, errors);

        var canonical = root.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        var steps = nodes.SelectMany(n => n.OpenedSteps).ToList();
        return (new RouteDefinition(id!, version, name!, steps, originatorMayAct, factors, canonical, hash)
        {
            Nodes = nodes,
            Originators = originators,
            MemoTypes = memoTypes,
            DistinctActors = distinctActors,
            Resubmit = resubmit ?? ResubmitFrom.Start,
            RequiredFields = nodes.SelectMany(n => n.OpenedSteps.Select(s => s.When).Prepend(n.When)).OfType<RouteCondition>().Select(c => c.Field)
                .Concat(memoTypes.Count > 0 ? [RouteCondition.MemoTypeField] : []).ToHashSet(StringComparer.Ordinal),
        }, errors);
    }

    private static RouteNode? ParseNode(JsonNode? node, string path, Action<string, string> error)
    {
        if (node is not JsonObject o || o["parallel"] is null) return ParseStep(node, path, error);
        Unknown(o, ["id", "parallel", "when"], path, error);
        var id = Code(o, "id", path, error, required: true);
        var when = ParseCondition(o["when"], $"{path}.when", error);
        if (o["parallel"] is not JsonObject p) { error($"{path}.parallel", "must be an object {mode, steps}"); return null; }
        Unknown(p, ["mode", "steps"], $"{path}.parallel", error);
        JoinMode? mode = Text(p, "mode", $"{path}.parallel", error, required: true) switch
        {
            "all" => JoinMode.All,
            "any" => JoinMode.Any,
            null => null,
            var other => Fail<JoinMode>(error, $"{path}.parallel.mode", $"'{other}' is not one of all, any"),
        };
        var branches = new List<RouteStep>();
        if (p["steps"] is not JsonArray array || array.Count < 2)
            error($"{path}.parallel.steps", "required: an array of at least two steps that run at once");
        else
            for (var i = 0; i < array.Count; i++)
            {
                var branchPath = $"{path}.parallel.steps[{i}]";
                if (array[i] is JsonObject b && b["parallel"] is not null) { error($"{branchPath}.parallel", "a parallel group cannot hold another group"); continue; }
                if (ParseStep(array[i], branchPath, error) is not { } step) continue;
                if (step.Action != StepAction.Endorse)
                    error($"{branchPath}.action", "a branch of a parallel group must endorse: deciding or acknowledging ends the memo, which one branch may not do for the others");
                branches.Add(step);
            }
        if (id is null || mode is null || p["steps"] is not JsonArray { Count: >= 2 } all || branches.Count != all.Count) return null;
        return new ParallelGroup(id, mode.Value, branches, when);
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
        var when = ParseCondition(s["when"], $"{path}.when", error);

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
        return new RouteStep(id, title, position, action.Value, due, clock.Value, reminders, escalateTo, when);
    }

    private static readonly Dictionary<string, ConditionOp> Ops = new(StringComparer.Ordinal)
    {
        ["gt"] = ConditionOp.Gt, ["gte"] = ConditionOp.Gte, ["lt"] = ConditionOp.Lt, ["lte"] = ConditionOp.Lte, ["eq"] = ConditionOp.Eq, ["in"] = ConditionOp.In,
    };

    /// <summary><c>{"field": "amount"|"memoType", "op": "gt|gte|lt|lte|eq|in", "value": …}</c>; <c>in</c> takes an array.</summary>
    private static RouteCondition? ParseCondition(JsonNode? node, string path, Action<string, string> error)
    {
        if (node is null) return null;
        if (node is not JsonObject o) { error(path, "must be an object {field, op, value}"); return null; }
        Unknown(o, ["field", "op", "value"], path, error);
        var field = Text(o, "field", path, error, required: true);
        var opText = Text(o, "op", path, error, required: true);
        if (field is not null && field is not (RouteCondition.AmountField or RouteCondition.MemoTypeField))
        {
            error($"{path}.field", $"'{field}' is not one of amount, memoType");
            return null;
        }
        if (opText is null || field is null) return null;
        if (!Ops.TryGetValue(opText, out var op)) { error($"{path}.op", $"'{opText}' is not one of gt, gte, lt, lte, eq, in"); return null; }
        if (field == RouteCondition.MemoTypeField && op is not (ConditionOp.Eq or ConditionOp.In))
        {
            error($"{path}.op", $"a memoType is a code: compare it with eq or in, not {opText}");
            return null;
        }
        var values = op == ConditionOp.In
            ? o["value"] is JsonArray { Count: > 0 } list ? list.ToList() : null
            : o["value"] is JsonValue single ? [single] : null;
        if (values is null)
        {
            error($"{path}.value", op == ConditionOp.In ? "required: a non-empty array of values" : "required: one value");
            return null;
        }
        if (field == RouteCondition.AmountField)
        {
            var amounts = values.Select(v => v is JsonValue n && n.TryGetValue(out decimal d) && d >= 0 ? d : (decimal?)null).ToList();
            if (amounts.Any(a => a is null)) { error($"{path}.value", "an amount is a number of baht, 0 or more"); return null; }
            return new RouteCondition(field, op, amounts.Select(a => a!.Value).ToList(), []);
        }
        var codes = values.Select(v => v is JsonValue c && c.TryGetValue(out string? t) && CodePattern().IsMatch(t) ? t : null).ToList();
        if (codes.Any(c => c is null)) { error($"{path}.value", "a memo type is a code: lower-case letters, digits and hyphens"); return null; }
        return new RouteCondition(field, op, [], codes!);
    }

    private static RouteOriginators ParseOriginators(JsonNode? node, Action<string, string> error)
    {
        if (node is null) return RouteOriginators.Anyone;
        if (node is not JsonObject o) { error("$.originators", "must be an object {positions, units}"); return RouteOriginators.Anyone; }
        Unknown(o, ["positions", "units"], "$.originators", error);
        var positions = Codes(o, "positions", "$.originators", error) ?? [];
        var units = Codes(o, "units", "$.originators", error) ?? [];
        if (positions.Count == 0 && units.Count == 0) error("$.originators", "name at least one position or unit, or leave originators out to let anyone send");
        return new RouteOriginators(positions, units);
    }

    private static List<string>? Codes(JsonObject o, string name, string path, Action<string, string> error)
    {
        if (o[name] is null) return null;
        if (o[name] is not JsonArray array) { error($"{path}.{name}", "must be an array of codes"); return null; }
        var codes = new List<string>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonValue v && v.TryGetValue(out string? code) && CodePattern().IsMatch(code))
            {
                if (codes.Contains(code, StringComparer.Ordinal)) error($"{path}.{name}[{i}]", $"'{code}' is listed twice");
                else codes.Add(code);
            }
            else error($"{path}.{name}[{i}]", "must be a code: lower-case letters, digits and hyphens");
        }
        return codes;
    }

    private static bool Flag(JsonObject o, string name, string path, Action<string, string> error)
    {
        if (o[name] is null) return false;
        if (o[name] is JsonValue v && v.TryGetValue(out bool b)) return b;
        error($"{path}.{name}", "must be true or false");
        return false;
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

    internal static string? Text(JsonObject o, string name, string path, Action<string, string> error, bool required)
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
    internal static partial Regex CodePattern();
}
