using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Features.Admin.People;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages.Admin;

/// <summary>One person of the office: edit name, e-mail and roles; deactivate or reactivate; set a new password; their appointments.</summary>
public sealed class PersonModel(IMediator mediator, TimeProvider clock) : AdminPageModel(mediator)
{
    private const string InstallationAdministrator = "installation-administrator";

    public PersonView? Person { get; private set; }

    public DateOnly Today => ThaiDate.BangkokDate(clock.GetUtcNow());

    [BindProperty]
    public PersonForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        ShowDone(done);
        return await LoadAsync(id, keep: false, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostEditAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, keep: true, ct) is { } stop) return stop;
        if (Person is null) return Page();
        // Only an installation administrator may grant or remove that role; for anyone else the page keeps it as it was.
        var roles = Form.Roles.Where(r => r != InstallationAdministrator).ToList();
        if (IsInstallationAdministrator ? Form.Roles.Contains(InstallationAdministrator) : Person.Roles.Contains(InstallationAdministrator))
            roles.Add(InstallationAdministrator);
        return await AfterAsync(id, await Mediator.Send(new EditPerson(id, Form.DisplayName, Form.Email, roles), ct), "edit", "saved", ct);
    }

    public async Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await Mediator.Send(new DeactivatePerson(id), ct), "state", "deactivated", ct);

    public async Task<IActionResult> OnPostReactivateAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await Mediator.Send(new ReactivatePerson(id), ct), "state", "reactivated", ct);

    public async Task<IActionResult> OnPostPasswordAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await Mediator.Send(new ResetPassword(id, Form.Password), ct), "password", "passwordSet", ct);

    private async Task<IActionResult> AfterAsync(Guid id, Result<PersonView> result, string form, string done, CancellationToken ct)
    {
        if (result.IsSuccess) return Back($"/admin/people/{id}", done);
        if (result.Problem is { Status: 404 }) return NotFound();
        Show(result.Problem!, form);
        // Only the edit form shows typed values again; after any other refusal it shows what is stored.
        return await LoadAsync(id, keep: form == "edit", ct) ?? Page();
    }

    /// <summary>The person, or the answer that stops the page: 404 for nobody of this office, the refusal for a clerk.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, bool keep, CancellationToken ct)
    {
        await LoadMeAsync(ct);
        var person = await Mediator.Send(new GetPerson(id), ct);
        if (person.Problem is { Status: 404 }) return NotFound();
        if (person.Problem is { } problem)
        {
            Refuse(problem);
            return null;
        }
        Person = person.Value!;
        if (!keep) Form = new PersonForm { DisplayName = Person.DisplayName, Email = Person.Email, Roles = [.. Person.Roles] };
        return null;
    }
}
