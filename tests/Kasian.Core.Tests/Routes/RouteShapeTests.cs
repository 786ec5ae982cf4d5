using Kasian.Core.Routes;

namespace Kasian.Core.Tests.Routes;

/// <summary>Issue 12's route forms: who may use a route, conditions, parallel groups, resubmission, distinct actors.</summary>
public class RouteShapeTests
{
    private const string File = "workflows/authority.json";

    private static string Route(string steps, string extra = "") => $$"""
        {
          "id": "authority",
          "version": 1,
          "name": "เสนอตามวงเงิน",
          {{extra}}
          "steps": [ {{steps}} ]
        }
        """;

    private static string Step(string id, string action = "endorse", string? when = null) =>
        $$"""{ "id": "{{id}}", "title": "ความเห็น {{id}}", "position": "{{id}}", "action": "{{action}}", "due": "P1D"{{(when is null ? "" : $", \"when\": {when}")}} }""";

    private const string CoEndorse = """
        { "id": "co-endorse", "parallel": { "mode": "all", "steps": [
            { "id": "finance", "title": "ความเห็นผู้อำนวยการกองคลัง", "position": "head-of-finance", "action": "endorse", "due": "P1D" },
            { "id": "office", "title": "ความเห็นหัวหน้าสำนักปลัด", "position": "head-of-palad-office", "action": "endorse", "due": "P1D" } ] } }
        """;

    private static readonly string Authority = Route(
        $"""{CoEndorse}, {Step("palad", "decide", """{ "field": "amount", "op": "lte", "value": 100000 }""")}, {Step("palad-endorse", when: """{ "field": "amount", "op": "gt", "value": 100000 }""")}, {Step("nayok", "decide", """{ "field": "amount", "op": "gt", "value": 100000 }""")}""");

    private static RouteDefinition Parsed(string json)
    {
        var (route, errors) = RouteParser.Parse(File, json);
        Assert.Empty(errors);
        return route!;
    }

    private static RouteError ErrorAt(string json, string path)
    {
        var (route, errors) = RouteParser.Parse(File, json);
        Assert.Null(route);
        return Assert.Single(errors, e => e.Path == path);
    }

    [Fact]
    public void An_authority_matrix_takes_a_small_memo_to_the_palad_and_a_large_one_to_the_nayok()
    {
        var route = Parsed(Authority);

        Assert.Equal(["co-endorse", "palad"], route.PathFor(new MemoFacts(50_000m, null)).Select(n => n.Id));
        Assert.Equal(["co-endorse", "palad"], route.PathFor(new MemoFacts(100_000m, null)).Select(n => n.Id));
        Assert.Equal(["co-endorse", "palad-endorse", "nayok"], route.PathFor(new MemoFacts(100_000.01m, null)).Select(n => n.Id));
        Assert.Equal(["co-endorse", "palad-endorse", "nayok"], route.PathFor(new MemoFacts(250_000m, null)).Select(n => n.Id));
        Assert.Equal(["finance", "office", "palad", "palad-endorse", "nayok"], route.Steps.Select(s => s.Id));
        Assert.Contains(RouteCondition.AmountField, route.RequiredFields);
        var group = Assert.IsType<ParallelGroup>(route.Nodes[0]);
        Assert.Equal(JoinMode.All, group.Mode);
        Assert.Same(group, route.NodeOf("office"));
        Assert.Equal("amount ≤ 100,000", route.Steps[2].When!.Describe());
    }

    [Theory]
    [InlineData("gt", "100", 100.01, true)]
    [InlineData("gt", "100", 100, false)]
    [InlineData("gte", "100", 100, true)]
    [InlineData("lt", "100", 99.99, true)]
    [InlineData("lt", "100", 100, false)]
    [InlineData("lte", "100", 100, true)]
    [InlineData("eq", "100", 100, true)]
    [InlineData("eq", "100", 100.5, false)]
    [InlineData("in", "[100, 200]", 200, true)]
    [InlineData("in", "[100, 200]", 150, false)]
    public void Amount_conditions_compare_as_written(string op, string value, double amount, bool holds)
    {
        var route = Parsed(Route($$"""{{Step("palad", when: $$"""{ "field": "amount", "op": "{{op}}", "value": {{value}} }""")}}, {{Step("nayok", "decide")}}"""));

        Assert.Equal(holds, route.Steps[0].When!.Holds(new MemoFacts((decimal)amount, null)));
        Assert.False(route.Steps[0].When!.Holds(MemoFacts.None));
    }

    [Fact]
    public void Memo_type_conditions_and_the_routes_kinds_and_originators_are_read()
    {
        var route = Parsed(Route(
            $$"""{{Step("finance", when: """{ "field": "memoType", "op": "in", "value": ["procurement"] }""")}}, {{Step("nayok", "decide")}}""",
            """
            "originators": { "positions": ["hr-officer"], "units": ["palad-office"] },
            "memoTypes": ["procurement", "personnel"],
            "distinctActors": true,
            "resubmit": "from-returning-step",
            """));

        Assert.Equal(["hr-officer"], route.Originators.Positions);
        Assert.Equal(["palad-office"], route.Originators.Units);
        Assert.Equal(["procurement", "personnel"], route.MemoTypes);
        Assert.True(route.DistinctActors);
        Assert.Equal(ResubmitFrom.ReturningStep, route.Resubmit);
        Assert.Equal(["finance", "nayok"], route.PathFor(new MemoFacts(null, "procurement")).Select(n => n.Id));
        Assert.Equal(["nayok"], route.PathFor(new MemoFacts(null, "personnel")).Select(n => n.Id));
        Assert.Contains(RouteCondition.MemoTypeField, route.RequiredFields);
    }

    [Fact]
    public void A_plain_route_keeps_its_defaults()
    {
        var route = Parsed(Route($"{Step("palad")}, {Step("nayok", "decide")}"));

        Assert.True(route.Originators.IsAnyone);
        Assert.Empty(route.MemoTypes);
        Assert.False(route.DistinctActors);
        Assert.Equal(ResubmitFrom.Start, route.Resubmit);
        Assert.Empty(route.RequiredFields);
        Assert.Equal(route.Steps, route.Nodes);
    }

    [Fact]
    public void A_gap_in_the_authority_matrix_is_reported_with_the_amount_that_falls_through()
    {
        // The Palad decides up to 100,000 and the Nayok above 200,000: a 150,000-baht memo ends at an endorsement.
        var json = Route($"""{Step("palad-endorse")}, {Step("palad", "decide", """{ "field": "amount", "op": "lte", "value": 100000 }""")}, {Step("nayok", "decide", """{ "field": "amount", "op": "gt", "value": 200000 }""")}""");

        var error = ErrorAt(json, "$.steps[0].action");

        Assert.Contains("the last step must decide or acknowledge", error.Reason, StringComparison.Ordinal);
        Assert.Contains("amount 100,000.01", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_deciding_steps_that_can_both_run_are_reported_with_the_amount()
    {
        var json = Route($"""{Step("palad", "decide", """{ "field": "amount", "op": "lte", "value": 100000 }""")}, {Step("nayok", "decide", """{ "field": "amount", "op": "gte", "value": 100000 }""")}""");

        var error = ErrorAt(json, "$.steps[0].action");

        Assert.Contains("only the last step may decide or acknowledge", error.Reason, StringComparison.Ordinal);
        Assert.Contains("amount 100,000", error.Reason, StringComparison.Ordinal);
        Assert.Contains("'nayok' follows", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "field": "price", "op": "gt", "value": 1 }""", "$.steps[0].when.field", "'price' is not one of amount, memoType")]
    [InlineData("""{ "field": "amount", "op": "above", "value": 1 }""", "$.steps[0].when.op", "'above' is not one of gt, gte, lt, lte, eq, in")]
    [InlineData("""{ "field": "amount", "op": "gt", "value": "lots" }""", "$.steps[0].when.value", "an amount is a number of baht, 0 or more")]
    [InlineData("""{ "field": "amount", "op": "gt", "value": -5 }""", "$.steps[0].when.value", "an amount is a number of baht, 0 or more")]
    [InlineData("""{ "field": "amount", "op": "in", "value": 5 }""", "$.steps[0].when.value", "required: a non-empty array of values")]
    [InlineData("""{ "field": "memoType", "op": "gt", "value": "x" }""", "$.steps[0].when.op", "compare it with eq or in")]
    [InlineData("""{ "field": "memoType", "op": "eq", "value": "Not A Code" }""", "$.steps[0].when.value", "a memo type is a code")]
    [InlineData("""{ "field": "amount", "op": "gt", "value": 1, "unit": "baht" }""", "$.steps[0].when.unit", "unknown property")]
    [InlineData("""[1]""", "$.steps[0].when", "must be an object {field, op, value}")]
    public void A_bad_condition_is_reported_with_its_path_and_reason(string when, string path, string reason)
    {
        var error = ErrorAt(Route($"{Step("palad", when: when)}, {Step("nayok", "decide")}"), path);

        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "id": "g", "parallel": { "mode": "some", "steps": [STEPS] } }""", "$.steps[0].parallel.mode", "'some' is not one of all, any")]
    [InlineData("""{ "id": "g", "parallel": { "mode": "all", "steps": [ONE] } }""", "$.steps[0].parallel.steps", "at least two steps")]
    [InlineData("""{ "id": "g", "parallel": { "mode": "all", "steps": [ONE, DECIDE] } }""", "$.steps[0].parallel.steps[1].action", "a branch of a parallel group must endorse")]
    [InlineData("""{ "id": "g", "parallel": { "mode": "all", "steps": [ONE, { "id": "h", "parallel": { "mode": "all", "steps": [STEPS] } }] } }""", "$.steps[0].parallel.steps[1].parallel", "cannot hold another group")]
    [InlineData("""{ "id": "g", "parallel": { "mode": "all", "steps": [STEPS], "join": "x" } }""", "$.steps[0].parallel.join", "unknown property")]
    [InlineData("""{ "id": "g", "parallel": { "mode": "all", "steps": [ONE, { "id": "a", "title": "t", "position": "p", "action": "endorse" }] } }""", "$.steps[0].parallel.steps[1].id", "'a' is used twice")]
    [InlineData("""{ "id": "g", "parallel": "all" }""", "$.steps[0].parallel", "must be an object {mode, steps}")]
    public void A_bad_parallel_group_is_reported_with_its_path_and_reason(string group, string path, string reason)
    {
        const string one = """{ "id": "a", "title": "t", "position": "p", "action": "endorse" }""";
        const string two = """{ "id": "b", "title": "t", "position": "q", "action": "endorse" }""";
        var json = Route($"{group.Replace("STEPS", $"{one}, {two}", StringComparison.Ordinal).Replace("ONE", one, StringComparison.Ordinal).Replace("DECIDE", Step("d", "decide"), StringComparison.Ordinal)}, {Step("nayok", "decide")}");

        var error = ErrorAt(json, path);

        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_route_cannot_end_with_a_parallel_group()
    {
        var error = ErrorAt(Route(CoEndorse), "$.steps[0]");

        Assert.Contains("the last step must decide or acknowledge", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"originators\": { \"positions\": [] },", "$.originators", "name at least one position or unit")]
    [InlineData("\"originators\": { \"people\": [\"x\"], \"units\": [\"u\"] },", "$.originators.people", "unknown property")]
    [InlineData("\"originators\": { \"units\": [\"Palad Office\"] },", "$.originators.units[0]", "must be a code")]
    [InlineData("\"memoTypes\": \"procurement\",", "$.memoTypes", "must be an array of codes")]
    [InlineData("\"memoTypes\": [\"a\", \"a\"],", "$.memoTypes[1]", "'a' is listed twice")]
    [InlineData("\"distinctActors\": \"yes\",", "$.distinctActors", "must be true or false")]
    [InlineData("\"resubmit\": \"from-the-top\",", "$.resubmit", "'from-the-top' is not one of from-start, from-returning-step")]
    public void Bad_route_settings_are_reported_with_their_path_and_reason(string extra, string path, string reason)
    {
        var error = ErrorAt(Route($"{Step("palad")}, {Step("nayok", "decide")}", extra), path);

        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_on_a_memo_type_the_route_does_not_serve_is_reported()
    {
        var error = ErrorAt(
            Route($$"""{{Step("finance", when: """{ "field": "memoType", "op": "eq", "value": "travel" }""")}}, {{Step("nayok", "decide")}}""", "\"memoTypes\": [\"procurement\"],"),
            "$.steps[0].when.value");

        Assert.Contains("'travel' is not among the route's memoTypes", error.Reason, StringComparison.Ordinal);
    }
}
