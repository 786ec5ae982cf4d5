using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Printing;
using Mediator;

namespace Kasian.Web.Features.Me;

/// <summary>Removes my signature: from now on the paper leaves the room above my name blank, to sign by hand.</summary>
public sealed record RemoveSignature : IRequest<Result<bool>>;

public sealed class RemoveSignatureHandler(KasianDbContext db, RequestActor actor, TimeProvider clock) : IRequestHandler<RemoveSignature, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(RemoveSignature request, CancellationToken ct) =>
        await PrintImageStore.RemoveAsync(db, actor, clock, PrintImageKind.Signature, actor.Current.Person.Id.Value, ct);
}

public static class RemoveSignatureEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/me/signature", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RemoveSignature(), ct)).ToHttp(_ => Results.NoContent()))
            .WithTags("My account")
            .Produces(StatusCodes.Status204NoContent)
            .WithName(nameof(RemoveSignature))
            .WithSummary("Remove my signature; the paper then leaves the room above my name blank. 204 whether or not there was one.");
}
