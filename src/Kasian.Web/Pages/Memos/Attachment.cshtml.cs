using Kasian.Web.Features.Memos;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kasian.Web.Pages.Memos;

/// <summary>Downloads an attachment: always as a download with nosniff, never rendered as a page of this site.</summary>
public sealed class AttachmentModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid attachmentId, CancellationToken ct)
    {
        var attachment = (await mediator.Send(new GetAttachment(id, attachmentId), ct)).Value;
        if (attachment is null) return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(attachment.Content, attachment.ContentType, attachment.FileName);
    }
}
