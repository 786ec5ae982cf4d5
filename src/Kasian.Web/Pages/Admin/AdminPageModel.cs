using Kasian.Web.Common;
using Kasian.Web.Features.Me;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages.Admin;

/// <summary>
/// What the administration pages share. Who may read or change is decided by the requests they send (the access
/// behaviour answers 403 to anyone else, and the page shows that answer with its status); the page only decides
/// whether to offer forms: to administrators, never to auditors. A refused change keeps what was typed and shows
/// each error beside its field in the one form that was posted.
/// </summary>
public abstract class AdminPageModel(IMediator mediator) : KasianPageModel
{
    protected IMediator Mediator => mediator;

    public MeResponse? Me { get; private set; }

    /// <summary>Administrators see forms; auditors read the same pages without them.</summary>
    public bool MayChange => Me?.Roles.Contains("administrator") == true;

    public bool IsInstallationAdministrator => Me?.Roles.Contains("installation-administrator") == true;

    /// <summary>The page as a whole was refused (403 for a clerk): only the problem is shown.</summary>
    public bool Refused { get; private set; }

    /// <summary>The form whose errors are shown, and whose typed values are kept.</summary>
    public string? Posted { get; private set; }

    /// <summary>What the last change did, shown once after the redirect (a key under admin.done.*).</summary>
    public string? Done { get; private set; }

    protected async Task LoadMeAsync(CancellationToken ct) => Me = (await mediator.Send(new GetMe(), ct)).Value;

    protected void ShowDone(string? done) => Done = done is not null && Texts.All.ContainsKey("admin.done." + done) ? done : null;

    /// <summary>A change was refused: the page is shown again with the problem, its status, and the form's errors.</summary>
    protected void Show(Problem problem, string form)
    {
        Error = problem;
        Posted = form;
        Response.StatusCode = problem.Status;
    }

    /// <summary>What the page reads was refused: it shows the problem and nothing else.</summary>
    protected void Refuse(Problem problem)
    {
        Error = problem;
        Refused = true;
        Response.StatusCode = problem.Status;
    }

    /// <summary>Success goes back to the page by GET, so that a reload never posts again.</summary>
    protected RedirectResult Back(string path, string done) => Redirect($"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}done={done}");

    public bool IsPosted(string form) => Posted == form;

    public string? ErrorOf(string form, string field) =>
        Posted == form && Error?.Errors?.TryGetValue(field, out var messages) == true ? string.Join(" ", messages) : null;

    /// <summary>An input of <paramref name="form"/> named for <paramref name="field"/> (the handler's name for it), with that field's error.</summary>
    public FieldView Field(string form, string field, string name, string label, string? value, bool required = false, string type = "text",
        int max = 300, string? hint = null, string autocomplete = "off") =>
        new($"{form}-{field}", name, label, value, ErrorOf(form, field), required, type, max, hint, autocomplete);

    public SelectView Select(string form, string field, string name, string label, IEnumerable<(string Value, string Text)> options, string? selected,
        string? empty = null, bool required = false, string? hint = null) =>
        new($"{form}-{field}", name, label, options.ToList(), selected, ErrorOf(form, field), empty, required, hint);
}
