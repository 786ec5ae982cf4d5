namespace Kasian.Web.Pages.Admin;

/// <summary>One labelled input of an administration form, with its hint and, after a refused post, its error beside it.</summary>
/// <param name="Max">The input's maxlength; 0 for none (dates).</param>
public sealed record FieldView(string Id, string Name, string Label, string? Value, string? Error, bool Required = false, string Type = "text",
    int Max = 300, string? Hint = null, string Autocomplete = "off");

/// <summary>A labelled select; <paramref name="Empty"/> is the text of a first, empty choice ("none"), or null for none.</summary>
public sealed record SelectView(string Id, string Name, string Label, IReadOnlyList<(string Value, string Text)> Options, string? Selected, string? Error,
    string? Empty = null, bool Required = false, string? Hint = null);

/// <summary>
/// The roles as checkboxes. Installation administrator is offered only to an installation administrator (only they may
/// grant or remove it); to anyone else it shows, disabled, whether the person has it, and the page keeps it as it was.
/// </summary>
public sealed record RolesView(string Id, string Name, IReadOnlyCollection<string> Checked, bool MayGrantInstallation, string? Error)
{
    public static readonly string[] Codes = ["administrator", "clerk", "auditor", "installation-administrator"];
}
