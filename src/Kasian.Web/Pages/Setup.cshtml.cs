using Kasian.Core.Memos;
using Kasian.Web.Data;
using Kasian.Web.Features.Setup;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Pages;

/// <summary>
/// First start for a person: the same SetUpInstallation request as POST /api/setup, then the new administrator is
/// signed in. Once any administrator exists the page is gone (404), like the endpoint.
/// </summary>
public sealed class SetupModel(IMediator mediator, KasianDbContext db, CookieSignIn cookie) : KasianPageModel
{
    [BindProperty]
    public SetupForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await SetUpInstallationHandler.IsDoneAsync(db, ct) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var f = Form;
        var result = await mediator.Send(new SetUpInstallation(
            f.Token,
            new SetupOrganisation(f.Code, f.Name, f.ShortName, f.RegisterPrefix, f.Province, f.District),
            new SetupAdministrator(f.Username, f.Password, f.DisplayName)), ct);
        if (result.Problem is { Status: 404 }) return NotFound();
        if (result.Problem is { } problem)
        {
            Error = problem;
            return Page();
        }
        var done = result.Value!;
        var admin = await db.People.AsNoTracking().SingleAsync(p => p.Id == new PersonId(done.AdministratorId), ct);
        await cookie.SignInAsync(HttpContext, admin, ct);
        return Redirect("/");
    }

    /// <summary>The field's message, whether the handler named it (validation) or the problem is about it as a whole (the token).</summary>
    public string? ErrorOf(string field) =>
        Error?.Errors?.TryGetValue(field, out var messages) == true ? string.Join(" ", messages)
        : field == "token" && Error?.Code == "invalid-setup-token" ? Error.Detail
        : null;
}

/// <summary>The setup form as posted; the handler validates (the password is never shown again).</summary>
public sealed class SetupForm
{
    public string? Token { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? ShortName { get; set; }

    public string? RegisterPrefix { get; set; }

    public string? Province { get; set; }

    public string? District { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string? DisplayName { get; set; }
}
