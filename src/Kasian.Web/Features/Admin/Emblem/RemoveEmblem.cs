using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Printing;
using Mediator;

namespace Kasian.Web.Features.Admin.Emblem;

/// <summary>Removes the office's emblem: its memos then print with no emblem at all (administrators). Removing none is no error.</summary>
public sealed record RemoveEmblem : IRequest<Result<bool>>, IAdministration;

public sealed class RemoveEmblemHandler(KasianDbContext db, RequestActor actor, TimeProvider clock) : IRequestHandler<RemoveEmblem, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(RemoveEmblem request, CancellationToken ct) =>
        await PrintImageStore.RemoveAsync(db, actor, clock, PrintImageKind.Emblem, actor.Current.OrganisationId, ct);
}

public static class RemoveEmblemEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapDelete("/emblem", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RemoveEmblem(), ct)).ToHttp(_ => Results.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .WithName(nameof(RemoveEmblem))
            .WithSummary("Remove the office's Garuda emblem; its memos then print without one (administrators). 204 whether or not there was one.");
}
