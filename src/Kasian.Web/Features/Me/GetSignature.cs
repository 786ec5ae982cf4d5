using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Printing;
using Mediator;

namespace Kasian.Web.Features.Me;

/// <summary>My signature as uploaded; 404 while I have none.</summary>
public sealed record GetSignature : IRequest<Result<StoredPrintImage>>;

public sealed class GetSignatureHandler(KasianDbContext db, RequestActor actor) : IRequestHandler<GetSignature, Result<StoredPrintImage>>
{
    public async ValueTask<Result<StoredPrintImage>> Handle(GetSignature request, CancellationToken ct) =>
        await PrintImageStore.FindAsync(db, actor.Current.OrganisationId, PrintImageKind.Signature, actor.Current.Person.Id.Value, ct) is { } image
            ? image
            : Problem.NotFound("Your signature");
}

public static class GetSignatureEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/signature", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetSignature(), ct)).ToHttp(PrintImageAnswer.File))
            .WithTags("My account")
            .Produces<Stream>(StatusCodes.Status200OK, "image/png", "image/jpeg")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName(nameof(GetSignature))
            .WithSummary("My signature as uploaded (image/png or image/jpeg; ETag its SHA-256); 404 when none.");
}
