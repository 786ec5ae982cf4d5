using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin.Appointments;

/// <summary>Ends an appointment (or extends it) and corrects its order reference. Appointments are never deleted: they are the record of who could act when.</summary>
/// <param name="To">The last day, inclusive; null until further notice.</param>
public sealed record EditAppointment(Guid Id, DateOnly? To, string? OrderReference) : IRequest<Result<AppointmentView>>, IAdministration;

public sealed record EditAppointmentBody(DateOnly? To, string? OrderReference);

public sealed class EditAppointmentHandler(KasianDbContext db, RequestActor actor, TimeProvider clock)
    : IRequestHandler<EditAppointment, Result<AppointmentView>>
{
    public async ValueTask<Result<AppointmentView>> Handle(EditAppointment request, CancellationToken ct)
    {
        var organisation = actor.Current.OrganisationId;
        var found = await (
                from a in db.Appointments
                join p in db.People on a.PersonId equals p.Id
                join q in db.Positions on a.PositionId equals q.Id
                where a.Id == request.Id && a.OrganisationId == organisation
                select new { Appointment = a, p.DisplayName, q.Code })
            .SingleOrDefaultAsync(ct);
        if (found is null) return Problem.NotFound("The appointment");
        var appointment = found.Appointment;

        var checks = new Checks();
        if (request.To < appointment.From) checks.Fail("to", $"The last day ({request.To:yyyy-MM-dd}) is before the first ({appointment.From:yyyy-MM-dd}).");
        var order = checks.Optional("orderReference", request.OrderReference, 300);
        if (checks.Problem is { } invalid) return invalid;

        var now = clock.GetUtcNow();
        var previousTo = appointment.To;
        void Change()
        {
            (appointment.To, appointment.OrderReference) = (request.To, order);
            Audit.Record(db, actor, now, "appointment.updated", nameof(Appointment), appointment.Id, new { appointment.To, previousTo, appointment.OrderReference });
        }

        // Ending earlier can only remove overlaps, and is never refused; a longer span is checked like a new appointment.
        if ((request.To ?? DateOnly.MaxValue) <= (previousTo ?? DateOnly.MaxValue))
        {
            Change();
            await db.SaveChangesAsync(ct);
        }
        else
        {
            var span = new AppointmentSpan(appointment.Id, appointment.PersonId, found.DisplayName, appointment.Kind, appointment.From, request.To);
            if (await AppointmentRules.SaveCheckedAsync(db, [(appointment.PositionId, found.Code, span)], Change, ct) is { } refused) return refused;
        }
        return (await AppointmentViews.LoadAsync(db, organisation, ThaiDate.BangkokDate(now), ct, id: appointment.Id)).Single();
    }
}

public static class EditAppointmentEndpoint
{
    public static void Map(RouteGroupBuilder appointments) =>
        appointments.MapPut("/{id:guid}", async (Guid id, EditAppointmentBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new EditAppointment(id, body.To, body.OrderReference), ct)).ToHttp(Results.Ok))
            .Produces<AppointmentView>()
            .WithName(nameof(EditAppointment))
            .WithSummary("End an appointment (set to, the last day) or change its order reference; never deleted (administrators).");
}
