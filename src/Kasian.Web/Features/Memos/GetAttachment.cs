using Kasian.Core.Memos;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Memos;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Memos;

public sealed record GetAttachment(Guid MemoId, Guid AttachmentId) : IRequest<Result<Attachment>>;

public sealed class GetAttachmentHandler(KasianDbContext db, RequestActor user) : IRequestHandler<GetAttachment, Result<Attachment>>
{
    public async ValueTask<Result<Attachment>> Handle(GetAttachment request, CancellationToken ct)
    {
        var memoId = new MemoId(request.MemoId);
        if (!await MemoAccess.CanSeeAsync(db, user, memoId, ct)) return Problem.NotFound("The memo");
        var attachment = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == request.AttachmentId && a.MemoId == memoId, ct);
        return attachment is null ? Problem.NotFound("The attachment") : attachment;
    }
}

public static class GetAttachmentEndpoint
{
    public static void Map(RouteGroupBuilder memos) =>
        memos.MapGet("/{id:guid}/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                (await mediator.Send(new GetAttachment(id, attachmentId), ct)).ToHttp(a =>
                {
                    // Always a download, never rendered inline: a stored file must not run as a page of this site.
                    http.Response.Headers.XContentTypeOptions = "nosniff";
                    return Results.File(a.Content, a.ContentType, a.FileName);
                }))
            .Produces<Stream>(StatusCodes.Status200OK, "application/octet-stream")
            .WithName(nameof(GetAttachment))
            .WithSummary("Download an attachment.");
}
