using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Features.Admin.Appointments;
using Kasian.Web.Features.Admin.People;
using Kasian.Web.Features.Admin.Positions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages.Admin;

/// <summary>
/// Who holds, acts in (รักษาราชการแทน) or is delegated to (ปฏิบัติราชการแทน) which position, from when to when, by which
/// order: appoint someone, and end an appointment by setting its last day. Appointments are never deleted.
/// </summary>
public sealed class AppointmentsModel(IMediator mediator, TimeProvider clock) : AdminPageModel(mediator)
{
    public static readonly string[] Kinds = ["holder", "acting", "delegated"];

    public IReadOnlyList<AppointmentView> Appointments { get; private set; } = [];

    public IReadOnlyList<PersonView> People { get; private set; } = [];

    public IReadOnlyList<PositionView> Positions { get; private set; } = [];

    public DateOnly Today => ThaiDate.BangkokDate(clock.GetUtcNow());

    [BindProperty]
    public AppointmentForm New { get; set; } = new();

    [BindProperty]
    public AppointmentForm End { get; set; } = new();

    public async Task OnGetAsync(Guid? personId, string? done, CancellationToken ct)
    {
        ShowDone(done);
        New = new AppointmentForm { PersonId = personId, Kind = "holder", From = Today };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct) =>
        await AfterAsync(await Mediator.Send(new CreateAppointment(New.PersonId, New.PositionId, New.Kind, New.From, New.To, New.OrderReference, New.Scope), ct), "new", "appointed", ct);

    /// <summary>Ends an appointment on the day chosen, keeping its order reference; an empty day is refused here, since to the API it means "until further notice".</summary>
    public async Task<IActionResult> OnPostEndAsync(Guid id, CancellationToken ct)
    {
        if (End.To is null)
            return await AfterAsync(Problem.Invalid("to", "Choose the appointment's last day."), $"end-{id}", "", ct);
        var current = await Mediator.Send(new GetAppointment(id), ct);
        if (current.Problem is { Status: 404 }) return NotFound();
        var result = current.Problem is { } problem ? problem : await Mediator.Send(new EditAppointment(id, End.To, current.Value!.OrderReference), ct);
        return await AfterAsync(result, $"end-{id}", "ended", ct);
    }

    private async Task<IActionResult> AfterAsync(Result<AppointmentView> result, string form, string done, CancellationToken ct)
    {
        if (result.IsSuccess) return Back("/admin/appointments", done);
        Show(result.Problem!, form);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadMeAsync(ct);
        var appointments = await Mediator.Send(new ListAppointments(), ct);
        if (appointments.Problem is { } problem)
        {
            Refuse(problem);
            return;
        }
        Appointments = appointments.Value!.Items;
        People = (await Mediator.Send(new ListPeople(), ct)).Value?.Items ?? [];
        Positions = (await Mediator.Send(new ListPositions(), ct)).Value?.Items ?? [];
    }

    public IEnumerable<(string, string)> PersonOptions =>
        People.Where(p => p.Active).OrderBy(p => p.DisplayName, StringComparer.Ordinal).Select(p => (p.Id.ToString(), $"{p.DisplayName} ({p.Username})"));

    public IEnumerable<(string, string)> PositionOptions =>
        Positions.Where(p => p.Active).Select(p => (p.Id.ToString(), $"{p.Title} ({p.Code})"));
}

/// <summary>An appointment as the forms post it; the handlers validate.</summary>
public sealed class AppointmentForm
{
    public Guid? PersonId { get; set; }

    public Guid? PositionId { get; set; }

    public string? Kind { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? OrderReference { get; set; }

    public decimal? ScopeMaxAmount { get; set; }

    /// <summary>Memo kind codes separated by commas or spaces.</summary>
    public string? ScopeMemoTypes { get; set; }

    public AppointmentScope? Scope => ScopeMaxAmount is null && string.IsNullOrWhiteSpace(ScopeMemoTypes) ? null
        : new AppointmentScope(ScopeMaxAmount, ScopeMemoTypes?.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

/// <summary>A list of appointments as the appointments and person pages show it; <paramref name="MayEnd"/> adds each row's end form.</summary>
/// <param name="TypedEnd">The last day typed in the end form that was refused, shown again in it.</param>
public sealed record AppointmentTable(IReadOnlyList<AppointmentView> Items, bool ShowPerson, bool MayEnd, AdminPageModel Page, DateOnly Today, DateOnly? TypedEnd = null);
