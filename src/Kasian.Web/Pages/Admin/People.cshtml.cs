using Kasian.Web.Features.Admin.People;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages.Admin;

/// <summary>The office's people, active and deactivated, with what they hold today; and adding one.</summary>
public sealed class PeopleModel(IMediator mediator) : AdminPageModel(mediator)
{
    public IReadOnlyList<PersonView> People { get; private set; } = [];

    [BindProperty]
    public PersonForm New { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var created = await Mediator.Send(new CreatePerson(New.Username, New.DisplayName, New.Email, New.Password, New.Roles), ct);
        if (created.Value is { } person) return Redirect($"/admin/people/{person.Id}?done=created");
        Show(created.Problem!, "new");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadMeAsync(ct);
        var people = await Mediator.Send(new ListPeople(), ct);
        if (people.Problem is { } problem) Refuse(problem);
        else People = people.Value!.Items;
    }
}

/// <summary>A person's fields as the forms post them; the handlers validate (the password is never shown again).</summary>
public sealed class PersonForm
{
    public string? Username { get; set; }

    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public string? Password { get; set; }

    public List<string> Roles { get; set; } = [];
}
