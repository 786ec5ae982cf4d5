using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;

namespace Kasian.Web.Features.Admin.Appointments;

public sealed record GetAppointment(Guid Id) : IRequest<Result<AppointmentView>>, IRecordsReading;

public sealed class GetAppointmentHandler(KasianDbContext db, RequestActor actor, TimeProvider clock) : IRequestHandler<GetAppointment, Result<AppointmentView>>
{
    public async ValueTask<Result<AppointmentView>> Handle(GetAppointment request, CancellationToken ct) =>
        await AppointmentViews.LoadAsync(db, actor.Current.OrganisationId, ThaiDate.BangkokDate(clock.GetUtcNow()), ct, id: request.Id) is [var one]
            ? one
            : Problem.NotFound("The appointment");
}

public static class GetAppointmentEndpoint
{
    public static void Map(RouteGroupBuilder appointments) =>
        appointments.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => (await mediator.Send(new GetAppointment(id), ct)).ToHttp(Results.Ok))
            .Produces<AppointmentView>()
            .WithName(nameof(GetAppointment))
            .WithSummary("One appointment of the office (administrators and auditors).");
}
