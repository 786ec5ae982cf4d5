using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Printing;
using Mediator;

namespace Kasian.Web.Features.Admin.Emblem;

/// <summary>The office's Garuda emblem (ตราครุฑ) for the head of its printed memos, replacing the one before (administrators).</summary>
public sealed record UploadEmblem(byte[] Content) : IRequest<Result<PrintImageView>>, IAdministration;

public sealed class UploadEmblemHandler(KasianDbContext db, RequestActor actor, TimeProvider clock) : IRequestHandler<UploadEmblem, Result<PrintImageView>>
{
    public async ValueTask<Result<PrintImageView>> Handle(UploadEmblem request, CancellationToken ct)
    {
        var upload = UploadedImage.Check(request.Content);
        if (upload.Problem is { } problem) return problem;
        return await PrintImageStore.SaveAsync(db, actor, clock, PrintImageKind.Emblem, actor.Current.OrganisationId, upload.Value!, ct);
    }
}

public static class UploadEmblemEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapPut("/emblem", async (IFormFile? file, IMediator mediator, CancellationToken ct) =>
            {
                var content = await ImageUploads.ReadAsync(file, ct);
                if (content.Problem is { } problem) return problem.ToHttp();
                return (await mediator.Send(new UploadEmblem(content.Value!), ct)).ToHttp(Results.Ok);
            })
            .AcceptsPicture()
            .Produces<PrintImageView>()
            .WithName(nameof(UploadEmblem))
            .WithSummary("Upload the office's Garuda emblem (multipart field 'file', PNG or JPEG, at most 1 MiB and 3000 × 3000 pixels), replacing any before (administrators).");
}
