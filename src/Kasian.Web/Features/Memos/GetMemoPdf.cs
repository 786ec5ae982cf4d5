using Kasian.Core.Memos;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Memos;
using Kasian.Web.Printing;
using Kasian.Web.Workflows;
using Mediator;

namespace Kasian.Web.Features.Memos;

public sealed record GetMemoPdf(Guid MemoId, string VerificationAddress) : IRequest<Result<MemoPdf>>;

public sealed record MemoPdf(byte[] Content, string FileName);

/// <summary>The official PDF of a memo, for whoever may see the memo (GetMemo's rule: its organisation; others get 404).</summary>
public sealed class GetMemoPdfHandler(KasianDbContext db, WorkflowLibrary workflows, TimeProvider clock, RequestActor user,
    IPrintImageSource images, MemoPdfRenderer renderer) : IRequestHandler<GetMemoPdf, Result<MemoPdf>>
{
    public async ValueTask<Result<MemoPdf>> Handle(GetMemoPdf request, CancellationToken ct)
    {
        var id = new MemoId(request.MemoId);
        if (!await MemoAccess.CanSeeAsync(db, user, id, ct)) return Problem.NotFound("The memo");
        if (await MemoDetails.LoadAsync(db, workflows, id, clock.GetUtcNow(), ct) is not { } memo) return Problem.NotFound("The memo");
        var printed = await PrintedMemo.LoadAsync(db, workflows, memo, ct);
        var pdf = renderer.Render(printed, await images.LoadAsync(printed, ct), request.VerificationAddress);
        // "/" would read as a folder: พย ๗๒๔๐๑/๑๑๙ is named พย ๗๒๔๐๑-๑๑๙.
        var name = memo.Number is { } number ? $"บันทึกข้อความ {number.Th.Replace('/', '-')}.pdf" : $"บันทึกข้อความ {memo.Id:N}.pdf";
        return new MemoPdf(pdf, SafeFileName.From(name));
    }
}

public static class GetMemoPdfEndpoint
{
    public static void Map(RouteGroupBuilder memos) =>
        memos.MapGet("/{id:guid}/pdf", async (Guid id, IMediator mediator, HttpContext http, IConfiguration configuration, CancellationToken ct) =>
                (await mediator.Send(new GetMemoPdf(id, VerificationAddress.For(http.Request, configuration, id)), ct))
                    .ToHttp(pdf => Results.File(pdf.Content, "application/pdf", pdf.FileName)))
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .WithName(nameof(GetMemoPdf))
            .WithSummary("The official บันทึกข้อความ as an A4 PDF: the form, every endorsement, attachments with SHA-256, a verification QR code.");
}
