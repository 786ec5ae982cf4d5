using CapacityKind = Kasian.Core.Organisation.CapacityKind;
using DelegationScope = Kasian.Core.Organisation.DelegationScope;
using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Features.Admin.People;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin.Appointments;

/// <param name="Kind">holder, acting (รักษาราชการแทน) or delegated (ปฏิบัติราชการแทน).</param>
/// <param name="To">The last day, inclusive; null until further notice.</param>
/// <param name="OrderReference">The order that appointed, e.g. "คำสั่ง อบต.ภูซาง ที่ ๑๒๓/๒๕๖๙".</param>
/// <param name="Scope">For a delegation only: what the order lets the delegate decide (largest amount, memo kinds).</param>
public sealed record CreateAppointment(Guid? PersonId, Guid? PositionId, string? Kind, DateOnly? From, DateOnly? To = null, string? OrderReference = null,
    AppointmentScope? Scope = null)
    : IRequest<Result<AppointmentView>>, IAdministration;

/// <summary>A delegation's scope on the wire: <c>{"maxAmount": 100000, "memoTypes": ["procurement"]}</c>.</summary>
public sealed record AppointmentScope(decimal? MaxAmount, IReadOnlyList<string>? MemoTypes)
{
    public static AppointmentScope? Of(DelegationScope? scope) => scope is null ? null : new(scope.MaxAmount, scope.MemoTypes);

    /// <summary>The scope as stored, after checking it; null when it says nothing.</summary>
    public (decimal? MaxAmount, string? MemoTypes) Check(Checks checks, CapacityKind? kind)
    {
        if (MaxAmount is null && (MemoTypes is null || MemoTypes.Count == 0)) return (null, null);
        if (kind is not null && kind != CapacityKind.Delegated)
            checks.Fail("scope", "A scope limits a delegation (ปฏิบัติราชการแทน) only; a holder or an acting official has the post's full powers.");
        if (MaxAmount is < 0 or > 999_999_999_999.99m)
            checks.Fail("scope.maxAmount", $"The largest amount must be between 0 and 999,999,999,999.99 baht; {MaxAmount} is not.");
        var types = MemoTypes ?? [];
        foreach (var type in types.Where(t => !MemoTypeCodes.IsCode(t)))
            checks.Fail("scope.memoTypes", $"'{type}' is not a memo kind code (lower-case letters, digits and hyphens).");
        if (types.Distinct(StringComparer.Ordinal).Count() != types.Count) checks.Fail("scope.memoTypes", "A memo kind is listed twice.");
        var joined = types.Count == 0 ? null : string.Join(',', types);
        if (joined?.Length > 500) checks.Fail("scope.memoTypes", "The memo kinds take more than 500 characters together.");
        return (MaxAmount, joined);
    }
}

/// <summary>Memo kind codes, as routes and delegation scopes name them.</summary>
public static partial class MemoTypeCodes
{
    public static bool IsCode(string? text) => text is not null && Pattern().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Pattern();
}

public sealed class CreateAppointmentHandler(KasianDbContext db, RequestActor actor, TimeProvider clock)
    : IRequestHandler<CreateAppointment, Result<AppointmentView>>
{
    public async ValueTask<Result<AppointmentView>> Handle(CreateAppointment request, CancellationToken ct)
    {
        var organisation = actor.Current.OrganisationId;
        var checks = new Checks();
        var kind = AppointmentKinds.Parse(request.Kind);
        if (kind is null) checks.Fail("kind", $"The kind must be {AppointmentKinds.Allowed}; '{request.Kind}' is not.");
        if (request.From is null) checks.Fail("from", "The first day of the appointment (from, yyyy-MM-dd) is required.");
        else if (request.To < request.From) checks.Fail("to", $"The last day ({request.To:yyyy-MM-dd}) is before the first ({request.From:yyyy-MM-dd}).");
        var order = checks.Optional("orderReference", request.OrderReference, 300);
        var (maxAmount, memoTypes) = request.Scope?.Check(checks, kind) ?? (null, null);

        var person = request.PersonId is { } personId
            ? await PersonViews.FindAsync(db, organisation, personId, ct)
            : null;
        if (request.PersonId is null) checks.Fail("personId", "Say who is appointed (personId).");
        else if (person is null) checks.Fail("personId", $"Your office has no person {request.PersonId}.");
        else if (!person.Active) checks.Fail("personId", $"{person.DisplayName}'s account is deactivated; reactivate it before appointing them.");

        var position = request.PositionId is { } positionId
            ? await db.Positions.AsNoTracking().SingleOrDefaultAsync(p => p.Id == positionId && p.OrganisationId == organisation, ct)
            : null;
        if (request.PositionId is null) checks.Fail("positionId", "Say to which position (positionId).");
        else if (position is null) checks.Fail("positionId", $"Your office has no position {request.PositionId}.");
        else if (!position.Active) checks.Fail("positionId", $"The position '{position.Code}' is abolished; nobody is appointed to it any more.");
        if (checks.Problem is { } invalid) return invalid;

        var appointment = new Appointment
        {
            OrganisationId = organisation,
            PersonId = person!.Id,
            PositionId = position!.Id,
            Kind = kind!.Value,
            From = request.From!.Value,
            To = request.To,
            OrderReference = order,
            ScopeMaxAmount = maxAmount,
            ScopeMemoTypes = memoTypes,
            CreatedAt = clock.GetUtcNow(),
        };
        var span = new AppointmentSpan(appointment.Id, person.Id, person.DisplayName, appointment.Kind, appointment.From, appointment.To);
        var refused = await AppointmentRules.SaveCheckedAsync(db, [(position.Id, position.Code, span)], () =>
        {
            db.Appointments.Add(appointment);
            Audit.Record(db, actor, appointment.CreatedAt, "appointment.created", nameof(Appointment), appointment.Id, new
            {
                person = person.Username, position = position.Code, kind = AppointmentKinds.Code(appointment.Kind),
                appointment.From, appointment.To, appointment.OrderReference, scope = AppointmentScope.Of(appointment.Scope),
            });
        }, ct);
        if (refused is not null) return refused;
        return (await AppointmentViews.LoadAsync(db, organisation, ThaiDate.BangkokDate(appointment.CreatedAt), ct, id: appointment.Id)).Single();
    }
}

public static class CreateAppointmentEndpoint
{
    public static void Map(RouteGroupBuilder appointments) =>
        appointments.MapPost("/", async (CreateAppointment request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(request, ct)).ToHttp(a => Results.Created($"/api/admin/appointments/{a.Id}", a)))
            .Produces<AppointmentView>(StatusCodes.Status201Created)
            .WithName(nameof(CreateAppointment))
            .WithSummary("Appoint a person to a position as holder, acting (รักษาราชการแทน) or delegated (ปฏิบัติราชการแทน) from a day (administrators).");
}
