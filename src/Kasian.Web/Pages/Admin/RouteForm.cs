using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kasian.Core.Routes;
using Kasian.Core.Thai;

namespace Kasian.Web.Pages.Admin;

/// <summary>
/// The route editor's form: route fields and one row per step. <see cref="Build"/> writes the route JSON the parser reads, so
/// the editor, an import and a route file all meet the same checks and messages; <see cref="Locate"/> takes a JSON path from
/// those messages back to the row and field it came from. Consecutive rows with the same group id form one parallel group.
/// </summary>
public sealed partial class RouteForm
{
    public string? Id { get; set; }

    public string? Version { get; set; }

    public string? NameTh { get; set; }

    public string? NameEn { get; set; }

    public List<string> OriginatorPositions { get; set; } = [];

    /// <summary>Unit codes, separated by spaces or commas (units are not yet chosen from a list: they have no codes in Kasian).</summary>
    public string? OriginatorUnits { get; set; }

    public string? MemoTypes { get; set; }

    public bool DistinctActors { get; set; }

    public bool OriginatorMayAct { get; set; }

    public string? Resubmit { get; set; }

    public string? UrgentFactor { get; set; }

    public string? VeryUrgentFactor { get; set; }

    public string? MostUrgentFactor { get; set; }

    public List<StepRow> Rows { get; set; } = [];

    /// <summary>For each node written to <c>$.steps</c>, the rows it came from (one, or a group's branches).</summary>
    private readonly List<List<int>> _nodes = [];

    public static RouteForm Empty(int rows) => new() { Version = "1", Rows = Enumerable.Range(0, rows).Select(_ => new StepRow()).ToList() };

    /// <summary>The form filled from a route, to edit it as a new version (a group's own condition moves onto each branch).</summary>
    public static RouteForm From(RouteDefinition route)
    {
        string? Factor(string key) => route.UrgencyDueFactor.TryGetValue(key, out var f) ? f.ToString(CultureInfo.InvariantCulture) : null;
        var form = new RouteForm
        {
            Id = route.Id, Version = route.Version.ToString(CultureInfo.InvariantCulture), NameTh = route.Name.Th, NameEn = route.Name.En,
            OriginatorPositions = [.. route.Originators.Positions], OriginatorUnits = string.Join(' ', route.Originators.Units),
            MemoTypes = string.Join(' ', route.MemoTypes), DistinctActors = route.DistinctActors, OriginatorMayAct = route.OriginatorMayAct,
            Resubmit = route.Resubmit == ResubmitFrom.ReturningStep ? "from-returning-step" : "from-start",
            UrgentFactor = Factor("urgent"), VeryUrgentFactor = Factor("very-urgent"), MostUrgentFactor = Factor("most-urgent"),
        };
        foreach (var node in route.Nodes)
        {
            if (node is RouteStep step) form.Rows.Add(StepRow.Of(step, null, null, null));
            else if (node is ParallelGroup group)
                form.Rows.AddRange(group.Branches.Select(b => StepRow.Of(b, group.Id, group.Mode == JoinMode.All ? "all" : "any", group.When)));
        }
        return form;
    }

    /// <summary>The route JSON this form describes; blank rows are left out, and anything unreadable is passed on for the parser to name.</summary>
    public string Build()
    {
        _nodes.Clear();
        var root = new JsonObject();
        Put(root, "id", Text(Id));
        root["version"] = int.TryParse(Latin(Version), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : Text(Version);
        var name = new JsonObject();
        Put(name, "th", Text(NameTh));
        Put(name, "en", Text(NameEn));
        root["name"] = name;
        var positions = OriginatorPositions.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        var units = Words(OriginatorUnits);
        if (positions.Count > 0 || units.Count > 0)
        {
            var originators = new JsonObject();
            if (positions.Count > 0) originators["positions"] = Array(positions);
            if (units.Count > 0) originators["units"] = Array(units);
            root["originators"] = originators;
        }
        if (Words(MemoTypes) is { Count: > 0 } types) root["memoTypes"] = Array(types);
        if (DistinctActors) root["distinctActors"] = true;
        if (OriginatorMayAct) root["originatorMayAct"] = true;
        Put(root, "resubmit", Text(Resubmit));
        var factors = new JsonObject();
        Put(factors, "urgent", Number(UrgentFactor));
        Put(factors, "very-urgent", Number(VeryUrgentFactor));
        Put(factors, "most-urgent", Number(MostUrgentFactor));
        if (factors.Count > 0) root["urgencyDueFactor"] = factors;

        var steps = new JsonArray();
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].IsBlank) continue;
            var group = Text(Rows[i].Group);
            if (group is not null && _nodes.Count > 0 && steps[^1] is JsonObject last && last["parallel"] is JsonObject p && (string?)last["id"] == group)
            {
                ((JsonArray)p["steps"]!).Add(Rows[i].ToJson());
                _nodes[^1].Add(i);
                continue;
            }
            _nodes.Add([i]);
            if (group is null) { steps.Add(Rows[i].ToJson()); continue; }
            var parallel = new JsonObject();
            Put(parallel, "mode", Text(Rows[i].GroupMode));
            parallel["steps"] = new JsonArray(Rows[i].ToJson());
            steps.Add(new JsonObject { ["id"] = group, ["parallel"] = parallel });
        }
        root["steps"] = steps;
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Where a parser path points in the form: a row and one of its fields, or (row null) a route field.</summary>
    public (int? Row, string Field) Locate(string path)
    {
        var m = StepPath().Match(path);
        if (!m.Success) return (null, RouteField(path));
        var node = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (node >= _nodes.Count) return (null, "steps");
        var rows = _nodes[node];
        var rest = m.Groups[3].Value;
        if (m.Groups[2].Success)
        {
            var branch = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            return branch < rows.Count ? (rows[branch], StepField(rest)) : (rows[0], "group");
        }
        if (Text(Rows[rows[0]].Group) is not null)
            return (rows[0], rest == "parallel.mode" ? "groupMode" : rest.StartsWith("when", StringComparison.Ordinal) ? "when" : "group");
        return (rows[0], StepField(rest));
    }

    private static string StepField(string rest) => rest switch
    {
        "" => "row",
        "reminders.max" => "remindMax",
        _ when rest.StartsWith("reminders", StringComparison.Ordinal) => "remindEvery",
        _ when rest.StartsWith("when", StringComparison.Ordinal) => "when",
        _ when rest.StartsWith("parallel", StringComparison.Ordinal) => "group",
        _ => rest,
    };

    private static string RouteField(string path) => path switch
    {
        "$.id" => "id",
        "$.version" => "version",
        "$.name.en" => "nameEn",
        _ when path.StartsWith("$.name", StringComparison.Ordinal) => "nameTh",
        _ when path.StartsWith("$.originators.units", StringComparison.Ordinal) => "originatorUnits",
        _ when path.StartsWith("$.originators", StringComparison.Ordinal) => "originatorPositions",
        _ when path.StartsWith("$.memoTypes", StringComparison.Ordinal) => "memoTypes",
        "$.resubmit" => "resubmit",
        _ when path.StartsWith("$.urgencyDueFactor", StringComparison.Ordinal) => "urgency",
        "$.steps" => "steps",
        _ => "route",
    };

    internal static string? Text(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    internal static string Latin(string? s) => ThaiDigits.ToLatin((s ?? "").Trim());

    /// <summary>A number when it reads as one (Thai digits and thousands separators allowed); else the text, for the parser to refuse.</summary>
    internal static JsonNode? Number(string? s) =>
        Text(s) is not { } t ? null
        : decimal.TryParse(Latin(t).Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d)
        : JsonValue.Create(t);

    internal static List<string> Words(string? s) => Text(s) is { } t ? Separators().Split(t).Where(w => w.Length > 0).ToList() : [];

    internal static void Put(JsonObject o, string key, JsonNode? value)
    {
        if (value is not null) o[key] = value;
    }

    internal static void Put(JsonObject o, string key, string? value)
    {
        if (value is not null) o[key] = value;
    }

    private static JsonArray Array(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode)JsonValue.Create(i))]);

    [GeneratedRegex(@"^\$\.steps\[(\d+)\](?:\.parallel\.steps\[(\d+)\])?(?:\.(.*))?$")]
    private static partial Regex StepPath();

    [GeneratedRegex(@"[\s,;]+")]
    internal static partial Regex Separators();
}
