using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Printing;
using Mediator;

namespace Kasian.Web.Features.Me;

/// <summary>
/// My own signature, printed above my name wherever I signed, replacing the one before. Only ever the caller's own:
/// no request names another person, so not even an administrator can put a signature in someone else's name.
/// </summary>
public sealed record UploadSignature(byte[] Content) : IRequest<Result<PrintImageView>>;

public sealed class UploadSignatureHandler(KasianDbContext db, RequestActor actor, TimeProvider clock) : IRequestHandler<UploadSignature, Result<PrintImageView>>
{
    public async ValueTask<Result<PrintImageView>> Handle(UploadSignature request, CancellationToken ct)
    {
        var upload = UploadedImage.Check(request.Content);
        if (upload.Problem is { } problem) return problem;
        return await PrintImageStore.SaveAsync(db, actor, clock, PrintImageKind.Signature, actor.Current.Person.Id.Value, upload.Value!, ct);
    }
}

public static class UploadSignatureEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/me/signature", async (IFormFile? file, IMediator mediator, CancellationToken ct) =>
            {
                var content = await ImageUploads.ReadAsync(file, ct);
                if (content.Problem is { } problem) return problem.ToHttp();
                return (await mediator.Send(new UploadSignature(content.Value!), ct)).ToHttp(Results.Ok);
            })
            .AcceptsPicture()
            .WithTags("My account")
            .Produces<PrintImageView>()
            .WithName(nameof(UploadSignature))
            .WithSummary("Upload my signature (multipart field 'file', PNG or JPEG, at most 1 MiB and 3000 × 3000 pixels), replacing any before.");
}
