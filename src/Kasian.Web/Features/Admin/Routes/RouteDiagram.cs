using System.Globalization;
using System.Text;
using Kasian.Core.Routes;

namespace Kasian.Web.Features.Admin.Routes;

/// <summary>
/// Draws a route top to bottom as SVG, on the server and without script: a box per step (title, position, action and
/// due time), a parallel group as boxes side by side between a fork bar and a join bar labelled all/any, a step's
/// condition written on the edge into it, and deciding steps drawn bold. Every text is XML-escaped: titles are typed
/// by administrators.
/// </summary>
public static class RouteDiagram
{
    private const int BoxWidth = 230, BoxHeight = 62, Gap = 20, Edge = 46, Margin = 20, BarHeight = 6;

    public static string Draw(RouteDefinition route, IReadOnlyDictionary<string, string> positionTitles)
    {
        var widest = route.Nodes.Max(n => n is ParallelGroup g ? g.Branches.Count : 1);
        // Room on the right for the join's all/any and the conditions written beside the edges.
        var width = Math.Max(widest * (BoxWidth + Gap) - Gap + 2 * Margin + 60, BoxWidth + 2 * Margin + 240);
        var centre = width / 2;
        var body = new StringBuilder();
        var y = Margin;
        Circle(body, centre, y + 12, "start");
        y += 24;
        foreach (var node in route.Nodes)
        {
            Arrow(body, centre, y, y + Edge, node.When);
            y += Edge;
            if (node is RouteStep step)
            {
                Box(body, centre - BoxWidth / 2, y, step, positionTitles);
                y += BoxHeight;
                continue;
            }
            var group = (ParallelGroup)node;
            Bar(body, centre, y, group.Branches.Count, $"fork {group.Id}");
            var span = group.Branches.Count * (BoxWidth + Gap) - Gap;
            var top = y + BarHeight;
            for (var i = 0; i < group.Branches.Count; i++)
            {
                var x = centre - span / 2 + i * (BoxWidth + Gap);
                Arrow(body, x + BoxWidth / 2, top, top + Edge, group.Branches[i].When);
                Box(body, x, top + Edge, group.Branches[i], positionTitles);
                Line(body, x + BoxWidth / 2, top + Edge + BoxHeight, top + 2 * Edge + BoxHeight);
            }
            y = top + 2 * Edge + BoxHeight;
            Bar(body, centre, y, group.Branches.Count, $"join {group.Id}");
            Text(body, centre + span / 2 - BoxWidth / 2 + 16, y + BarHeight, group.Mode == JoinMode.All ? "all" : "any", "join", "start");
            y += BarHeight;
        }
        Arrow(body, centre, y, y + Edge, null);
        y += Edge;
        Circle(body, centre, y + 12, "end");
        y += 24 + Margin;

        var title = Escape($"{route.Name.Th} ({route.Id} v{route.Version})");
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"route-diagram\" width=\"{width}\" height=\"{y}\" viewBox=\"0 0 {width} {y}\" role=\"img\" aria-label=\"{title}\">" +
               $"<title>{title}</title>" +
               "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333\"/></marker></defs>" +
               body + "</svg>";
    }

    private static void Box(StringBuilder svg, int x, int y, RouteStep step, IReadOnlyDictionary<string, string> positionTitles)
    {
        var decides = step.Action != StepAction.Endorse;
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"step\" data-step=\"{Escape(step.Id)}\"><rect class=\"step{(decides ? " decides" : "")}\" x=\"{x}\" y=\"{y}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"6\" {(decides ? "fill=\"#fff6e0\" stroke=\"#222\" stroke-width=\"3\"/>" : "fill=\"#fff\" stroke=\"#345\" stroke-width=\"1.2\"/>")}");
        var position = positionTitles.TryGetValue(step.Position, out var t) ? $"{t} ({step.Position})" : step.Position;
        var action = step.Action.ToString().ToLowerInvariant() + (step.Due is { } due ? $" · {due}" : "");
        Text(svg, x + 8, y + 18, Cut(step.Title, 34), null, "start");
        Text(svg, x + 8, y + 36, Cut(position, 38), "sub", "start");
        Text(svg, x + 8, y + 53, decides ? $"{action} (decides)" : action, decides ? "sub join" : "sub", "start");
        svg.Append("</g>");
    }

    private static void Arrow(StringBuilder svg, int x, int from, int to, RouteCondition? when)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{from}\" x2=\"{x}\" y2=\"{to}\" stroke=\"#333\" marker-end=\"url(#arrow)\"/>");
        if (when is not null) Text(svg, x + 6, (from + to) / 2 + 4, "when " + when.Describe(), "when", "start");
    }

    private static void Line(StringBuilder svg, int x, int from, int to) =>
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{from}\" x2=\"{x}\" y2=\"{to}\" stroke=\"#333\"/>");

    private static void Bar(StringBuilder svg, int centre, int y, int branches, string label)
    {
        var span = branches * (BoxWidth + Gap) - Gap;
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{centre - span / 2 + BoxWidth / 2 - 10}\" y=\"{y}\" width=\"{span - BoxWidth + 20}\" height=\"{BarHeight}\" fill=\"#222\"><title>{Escape(label)}</title></rect>");
    }

    private static void Circle(StringBuilder svg, int x, int y, string label)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x}\" cy=\"{y}\" r=\"10\" fill=\"{(label == "end" ? "#222" : "#fff")}\" stroke=\"#222\" stroke-width=\"2\"/>");
        Text(svg, x + 16, y + 4, label, "sub", "start");
    }

    // Presentation attributes, not a style sheet: the pages' Content-Security-Policy allows no inline style.
    private static void Text(StringBuilder svg, int x, int y, string text, string? cls, string anchor)
    {
        var look = cls switch
        {
            null => "font-size=\"13\" fill=\"#222\"",
            "when" => "font-size=\"12\" fill=\"#8a3b00\"",
            "join" or "sub join" => "font-size=\"12\" font-weight=\"bold\" fill=\"#222\"",
            _ => "font-size=\"12\" fill=\"#555\"",
        };
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\" font-family=\"Sarabun, 'TH Sarabun New', sans-serif\" {look}{(cls is null ? "" : $" class=\"{cls}\"")}>{Escape(text)}</text>");
    }

    /// <summary>Long titles are shortened in the box; the whole title is in the steps table beside the diagram.</summary>
    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    public static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&apos;", StringComparison.Ordinal);
}
