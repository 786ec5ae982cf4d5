using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Printing;
using Mediator;

namespace Kasian.Web.Features.Admin.Emblem;

/// <summary>The office's emblem as uploaded, for its administrators and auditors; 404 while there is none.</summary>
public sealed record GetEmblem : IRequest<Result<StoredPrintImage>>, IRecordsReading;

public sealed class GetEmblemHandler(KasianDbContext db, RequestActor actor) : IRequestHandler<GetEmblem, Result<StoredPrintImage>>
{
    public async ValueTask<Result<StoredPrintImage>> Handle(GetEmblem request, CancellationToken ct)
    {
        var organisationId = actor.Current.OrganisationId;
        return await PrintImageStore.FindAsync(db, organisationId, PrintImageKind.Emblem, organisationId, ct) is { } image
            ? image
            : Problem.NotFound("The office's emblem");
    }
}

public static class GetEmblemEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapGet("/emblem", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetEmblem(), ct)).ToHttp(PrintImageAnswer.File))
            .Produces<Stream>(StatusCodes.Status200OK, "image/png", "image/jpeg")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName(nameof(GetEmblem))
            .WithSummary("The office's Garuda emblem as uploaded (image/png or image/jpeg; ETag its SHA-256); 404 when none (administrators and auditors).");
}
