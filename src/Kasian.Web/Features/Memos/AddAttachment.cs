using System.Security.Cryptography;
using Kasian.Core.Engine;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Memos;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Features.Memos;

public sealed record AddAttachment(Guid MemoId, string FileName, string? ContentType, byte[] Content) : IRequest<Result<MemoDetails>>, ILoadsOwnActor;

public sealed class AddAttachmentHandler(MemoActions actions, RequestActor user, TimeProvider clock)
    : IRequestHandler<AddAttachment, Result<MemoDetails>>
{
    public async ValueTask<Result<MemoDetails>> Handle(AddAttachment request, CancellationToken ct)
    {
        var by = user.Id!.Value;
        if (request.Content.Length == 0) return Problem.Invalid("file", "The file is empty.");
        var name = SafeFileName.From(request.FileName);
        var sha = Convert.ToHexStringLower(SHA256.HashData(request.Content));
        var id = Guid.CreateVersion7();
        return await actions.ActAsync(request.MemoId, new Attach(id, name, request.Content.Length, sha), ct, attachment: new Attachment
            {
                Id = id,
                MemoId = new(request.MemoId),
                FileName = name,
                ContentType = SafeFileName.ContentType(request.ContentType),
                Size = request.Content.Length,
                Sha256 = sha,
                Content = request.Content,
                AddedAt = clock.GetUtcNow(),
                AddedBy = by,
            });
    }
}

public static class AddAttachmentEndpoint
{
    public static void Map(RouteGroupBuilder memos, long maxBytes) =>
        memos.MapPost("/{id:guid}/attachments", async (Guid id, IFormFile? file, IMediator mediator, CancellationToken ct) =>
            {
                if (file is null) return Problem.Invalid("file", "Send the file as multipart/form-data in a field named 'file'.").ToHttp();
                if (file.Length > maxBytes)
                    return new Problem(413, "too-large", "File too large", $"The file is {file.Length} bytes; at most {maxBytes} are accepted.").ToHttp();
                using var buffer = new MemoryStream((int)file.Length);
                await file.CopyToAsync(buffer, ct);
                return (await mediator.Send(new AddAttachment(id, file.FileName, file.ContentType, buffer.ToArray()), ct))
                    .ToHttp(m => Results.Created($"/api/memos/{m.Id}", m));
            })
            // Bearer tokens only reach the API, never cookies, so there is no cross-site request to forge here.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(maxBytes + 64 * 1024))
            .Produces<MemoDetails>(StatusCodes.Status201Created)
            .WithName(nameof(AddAttachment))
            .WithSummary("Attach a file (multipart field 'file') to a memo with its originator; stored with its SHA-256.");
}
