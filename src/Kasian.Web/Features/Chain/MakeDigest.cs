using Kasian.Web.Chain;
using Kasian.Web.Common;
using Mediator;

namespace Kasian.Web.Features.Chain;

/// <summary>Makes today's signed digest of the office's chain now, if the daily job has not yet (administrators).</summary>
public sealed record MakeDigest : IRequest<Result<DigestFile>>, IAdministration;

public sealed class MakeDigestHandler(RecordDigests digests, RequestActor actor) : IRequestHandler<MakeDigest, Result<DigestFile>>
{
    public async ValueTask<Result<DigestFile>> Handle(MakeDigest request, CancellationToken ct)
    {
        var organisation = actor.Current.OrganisationId;
        var made = await digests.MakeAsync(organisation, ct);
        return (await digests.FilesAsync(organisation, made.Day, ct)).Single();
    }
}

public static class MakeDigestEndpoint
{
    public static void Map(RouteGroupBuilder record) =>
        record.MapPost("/digests", async (Mediator.IMediator mediator, CancellationToken ct) => (await mediator.Send(new MakeDigest(), ct)).ToHttp(Results.Ok))
            .Produces<DigestFile>()
            .WithName(nameof(MakeDigest))
            .WithSummary("Makes today's digest (the chain head and the date, signed with the office's key); answers the existing one if it was made already.");
}
