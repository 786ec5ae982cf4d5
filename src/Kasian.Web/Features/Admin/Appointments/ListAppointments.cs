using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;

namespace Kasian.Web.Features.Admin.Appointments;

/// <param name="InForce">true: only those in force today; false: only those ended or not yet begun; null: all.</param>
public sealed record ListAppointments(Guid? PersonId = null, Guid? PositionId = null, bool? InForce = null)
    : IRequest<Result<Listing<AppointmentView>>>, IRecordsReading;

public sealed class ListAppointmentsHandler(KasianDbContext db, RequestActor actor, TimeProvider clock)
    : IRequestHandler<ListAppointments, Result<Listing<AppointmentView>>>
{
    public async ValueTask<Result<Listing<AppointmentView>>> Handle(ListAppointments request, CancellationToken ct) =>
        new Listing<AppointmentView>(await AppointmentViews.LoadAsync(db, actor.Current.OrganisationId, ThaiDate.BangkokDate(clock.GetUtcNow()), ct,
            personId: request.PersonId, positionId: request.PositionId, inForce: request.InForce));
}

public static class ListAppointmentsEndpoint
{
    public static void Map(RouteGroupBuilder appointments) =>
        appointments.MapGet("/", async (Guid? personId, Guid? positionId, bool? inForce, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListAppointments(personId, positionId, inForce), ct)).ToHttp(Results.Ok))
            .Produces<Listing<AppointmentView>>()
            .WithName(nameof(ListAppointments))
            .WithSummary("The office's appointments, newest first; filter by personId, positionId, inForce (today) (administrators and auditors).");
}
