using Kasian.Core.Routes;
using Kasian.Web.Pages.Admin;

namespace Kasian.Web.Tests.Admin;

/// <summary>The route editor's form to JSON and back: what the parser reads, and where its paths point in the form.</summary>
public sealed class RouteFormTests
{
    private static RouteForm Form(params StepRow[] rows) => new() { Id = "purchase", Version = "๒", NameTh = "ขออนุมัติ", Rows = [.. rows] };

    [Fact]
    public void Rows_sharing_a_group_id_become_one_parallel_group_and_blank_rows_are_left_out()
    {
        var form = Form(
            new StepRow { Id = "a", Title = "ก", Position = "head-of-finance", Action = "endorse", Group = "g", GroupMode = "all" },
            new StepRow(),
            new StepRow { Id = "b", Title = "ข", Position = "palad", Action = "endorse", Group = "g", GroupMode = "all", WhenField = "amount", WhenOp = "in", WhenValue = "100,000 ๒๐๐,๐๐๐" },
            new StepRow { Id = "c", Title = "ค", Position = "nayok", Action = "decide" });

        var (route, errors) = RouteParser.Parse("form", form.Build());

        Assert.Empty(errors);
        Assert.Equal(2, route!.Version);
        var group = Assert.IsType<ParallelGroup>(route.Nodes[0]);
        Assert.Equal(["a", "b"], group.Branches.Select(b => b.Id));
        Assert.Equal([100000m, 200000m], group.Branches[1].When!.Amounts);
        Assert.Equal((2, "when"), form.Locate("$.steps[0].parallel.steps[1].when.value"));
        Assert.Equal((0, "groupMode"), form.Locate("$.steps[0].parallel.mode"));
        Assert.Equal((3, "action"), form.Locate("$.steps[1].action"));
        Assert.Equal((null, "nameTh"), form.Locate("$.name.th"));
    }

    [Fact]
    public void A_route_read_into_the_form_builds_the_same_route_again()
    {
        var json = Admin.RouteEditorApiTests.DoneWhenRoute("purchase");
        var route = RouteParser.Parse("x", json).Route!;
        var again = RouteParser.Parse("form", RouteForm.From(route).Build()).Route!;
        Assert.Equal(route.Nodes.Count, again.Nodes.Count);
        Assert.Equal(route.Steps.Select(s => (s.Id, s.Position, s.Action, s.Due, s.When?.Describe())), again.Steps.Select(s => (s.Id, s.Position, s.Action, s.Due, s.When?.Describe())));
    }
}
