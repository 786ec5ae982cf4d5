using Kasian.Core.Routes;

namespace Kasian.Core.Tests.Routes;

public class RouteParserTests
{
    private const string File = "workflows/bad.json";

    private static string Route(string steps, string extra = "") => $$"""
        {
          "$schema": "./route.schema.json",
          "id": "test-route",
          "version": 1,
          "name": { "th": "ทดสอบ" },
          {{extra}}
          "steps": [ {{steps}} ]
        }
        """;

    private const string Endorse = """{ "id": "head-of-office", "title": "ความเห็น", "position": "head-of-palad-office", "action": "endorse", "due": "P1D" }""";
    private const string Decide = """{ "id": "nayok", "title": "คำสั่ง", "position": "nayok", "action": "decide", "due": "P2D" }""";

    private static RouteError ErrorAt(string json, string path)
    {
        var (route, errors) = RouteParser.Parse(File, json);

        Assert.Null(route);
        Assert.All(errors, e => Assert.Equal(File, e.File));
        return Assert.Single(errors, e => e.Path == path);
    }

    [Fact]
    public void Valid_route_parses()
    {
        var (route, errors) = RouteParser.Parse(File, Route($"{Endorse}, {Decide}", "\"originatorMayAct\": true, \"urgencyDueFactor\": { \"urgent\": 0.5 },"));

        Assert.Empty(errors);
        Assert.NotNull(route);
        Assert.Equal(new RouteKey("test-route", 1), route.Key);
        Assert.Equal("ทดสอบ", route.Name.Th);
        Assert.True(route.OriginatorMayAct);
        Assert.Equal(0.5, route.UrgencyDueFactor["urgent"]);
        Assert.Equal(["head-of-office", "nayok"], route.Steps.Select(s => s.Id));
        Assert.Equal(StepAction.Decide, route.Steps[1].Action);
        Assert.Equal(new IsoDuration(2, TimeSpan.Zero), route.Steps[1].Due);
        Assert.Equal(StepClock.Working, route.Steps[0].Clock);
        Assert.Equal(1, route.IndexOf("nayok"));
        Assert.Equal(-1, route.IndexOf("palad"));
    }

    [Fact]
    public void Shipped_internal_memo_route_parses()
    {
        var (route, errors) = RouteParser.Parse("internal-memo.json", RepositoryFiles.Read("workflows", "internal-memo.json"));

        Assert.Empty(errors);
        Assert.Equal(new RouteKey("internal-memo", 1), route!.Key);
        Assert.Equal(["head-of-office", "palad", "nayok"], route.Steps.Select(s => s.Id));
        Assert.Equal(["head-of-palad-office", "palad", "nayok"], route.Steps.Select(s => s.Position));
        Assert.Equal([StepAction.Endorse, StepAction.Endorse, StepAction.Decide], route.Steps.Select(s => s.Action));
        Assert.Equal(new ReminderPolicy(new IsoDuration(0, TimeSpan.FromHours(4)), 3), route.Steps[0].Reminders);
        Assert.Equal("palad", route.Steps[0].EscalateTo);
    }

    [Fact]
    public void Test_route_matches_the_shipped_internal_memo_route_in_its_steps()
    {
        var (shipped, _) = RouteParser.Parse("internal-memo.json", RepositoryFiles.Read("workflows", "internal-memo.json"));
        var test = Engine.TestRoutes.InternalMemo;

        Assert.Equal(shipped!.Steps.Select(s => (s.Id, s.Position, s.Action, s.Due)), test.Steps.Select(s => (s.Id, s.Position, s.Action, s.Due)));
        Assert.Equal(shipped.UrgencyDueFactor, test.UrgencyDueFactor);
    }

    [Fact]
    public void Unknown_property_is_reported_with_its_path()
    {
        var error = ErrorAt(Route($$"""{ "id": "nayok", "title": "คำสั่ง", "position": "nayok", "actoin": "decide", "action": "decide" }"""), "$.steps[0].actoin");

        Assert.Contains("unknown property", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_top_level_property_is_reported()
    {
        ErrorAt(Route(Decide, "\"versoin\": 2,"), "$.versoin");
    }

    [Fact]
    public void Bad_action_is_reported_with_the_allowed_ones()
    {
        var error = ErrorAt(Route("""{ "id": "nayok", "title": "คำสั่ง", "position": "nayok", "action": "approve" }"""), "$.steps[0].action");

        Assert.Contains("'approve' is not one of endorse, decide, acknowledge", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P1M")]
    [InlineData("P1Y")]
    [InlineData("1D")]
    [InlineData("PT0S")]
    public void Bad_due_duration_is_reported(string due)
    {
        var error = ErrorAt(Route($$"""{ "id": "nayok", "title": "คำสั่ง", "position": "nayok", "action": "decide", "due": "{{due}}" }"""), "$.steps[0].due");

        Assert.Contains($"'{due}' is not an ISO 8601 duration", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_reminder_interval_is_reported()
    {
        ErrorAt(Route("""{ "id": "nayok", "title": "คำสั่ง", "position": "nayok", "action": "decide", "due": "P1D", "reminders": { "every": "P1M", "max": 2 } }"""),
            "$.steps[0].reminders.every");
    }

    [Fact]
    public void Missing_reminder_interval_is_reported_as_required()
    {
        var error = ErrorAt(Route("""{ "id": "nayok", "title": "คำสั่ง", "position": "nayok", "action": "decide", "due": "P1D", "reminders": { "max": 2 } }"""),
            "$.steps[0].reminders.every");

        Assert.StartsWith("required", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reminders_without_a_due_time_are_reported()
    {
        ErrorAt(Route("""{ "id": "nayok", "title": "คำสั่ง", "position": "nayok", "action": "decide", "reminders": { "every": "PT4H", "max": 2 } }"""),
            "$.steps[0].due");
    }

    [Fact]
    public void Last_step_that_only_endorses_is_reported()
    {
        var error = ErrorAt(Route(Endorse), "$.steps[0].action");

        Assert.Contains("the last step must decide or acknowledge", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_step_in_the_middle_is_reported()
    {
        var error = ErrorAt(Route($"{Decide}, {Endorse.Replace("head-of-office", "palad", StringComparison.Ordinal)}, {Decide.Replace("\"nayok\", \"title\"", "\"nayok-2\", \"title\"", StringComparison.Ordinal)}"), "$.steps[0].action");

        Assert.Contains("only the last step may decide or acknowledge", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_step_id_is_reported_on_the_second_one()
    {
        var error = ErrorAt(Route($"{Endorse}, {Endorse}, {Decide}"), "$.steps[1].id");

        Assert.Contains("'head-of-office' is used twice", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_version_is_reported()
    {
        var error = ErrorAt(Route(Decide).Replace("\"version\": 1,", "", StringComparison.Ordinal), "$.version");

        Assert.Contains("required", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("\"1\"")]
    public void Version_that_is_not_a_positive_whole_number_is_reported(string version)
    {
        ErrorAt(Route(Decide).Replace("\"version\": 1", $"\"version\": {version}", StringComparison.Ordinal), "$.version");
    }

    [Fact]
    public void Missing_steps_are_reported()
    {
        ErrorAt(Route(""), "$.steps");
    }

    [Fact]
    public void Id_that_is_not_a_code_is_reported()
    {
        var error = ErrorAt(Route(Decide).Replace("test-route", "Test Route", StringComparison.Ordinal), "$.id");

        Assert.Contains("lower-case letters, digits and hyphens", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Urgency_factor_out_of_range_is_reported()
    {
        ErrorAt(Route(Decide, "\"urgencyDueFactor\": { \"urgent\": 2 },"), "$.urgencyDueFactor.urgent");
    }

    [Fact]
    public void Unknown_urgency_is_reported()
    {
        ErrorAt(Route(Decide, "\"urgencyDueFactor\": { \"asap\": 0.5 },"), "$.urgencyDueFactor.asap");
    }

    [Theory]
    [InlineData("{ \"id\": \"test-route\", ")]
    [InlineData("{ \"id\": 'single-quoted' }")]
    [InlineData("")]
    public void Malformed_JSON_is_reported_not_thrown(string json)
    {
        var (route, errors) = RouteParser.Parse(File, json);

        Assert.Null(route);
        var error = Assert.Single(errors);
        Assert.Equal(File, error.File);
        Assert.StartsWith("$", error.Path, StringComparison.Ordinal);
        Assert.StartsWith("not valid JSON", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_that_is_not_an_object_is_reported()
    {
        Assert.Equal("$", ErrorAt("[1, 2]", "$").Path);
    }

    [Fact]
    public void Duplicate_property_is_reported_not_thrown()
    {
        var (route, errors) = RouteParser.Parse(File, Route(Decide).Replace("\"version\": 1,", "\"version\": 1, \"version\": 2,", StringComparison.Ordinal));

        Assert.Null(route);
        var error = Assert.Single(errors);
        Assert.Equal(File, error.File);
        Assert.StartsWith("not valid JSON", error.Reason, StringComparison.Ordinal);
        Assert.Contains("version", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_at_once()
    {
        var (_, errors) = RouteParser.Parse(File, Route("""{ "id": "x", "title": "t", "position": "p", "action": "sign", "due": "P1M", "colour": "red" }""").Replace("\"version\": 1,", "", StringComparison.Ordinal));

        Assert.Equal(["$.steps[0].action", "$.steps[0].colour", "$.steps[0].due", "$.version"], errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Error_reads_as_file_path_and_reason()
    {
        Assert.Equal("a.json: $.version: required", new RouteError("a.json", "$.version", "required").ToString());
    }

    [Fact]
    public void Same_content_formatted_differently_has_the_same_hash()
    {
        var (compact, _) = RouteParser.Parse(File, Route(Decide));
        var (spaced, _) = RouteParser.Parse(File, Route(Decide).Replace("\n", "\n\n  ", StringComparison.Ordinal));

        Assert.Equal(compact!.ContentHash, spaced!.ContentHash);
    }

    [Fact]
    public void Different_content_has_a_different_hash()
    {
        var (a, _) = RouteParser.Parse(File, Route(Decide));
        var (b, _) = RouteParser.Parse(File, Route(Decide.Replace("P2D", "P3D", StringComparison.Ordinal)));

        Assert.NotEqual(a!.ContentHash, b!.ContentHash);
    }
}
