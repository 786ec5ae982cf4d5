using Kasian.Web.Features.Memos;
using Kasian.Web.Printing;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kasian.Web.Pages.Memos;

/// <summary>The memo page's PDF button: the same use case as GET /api/memos/{id}/pdf, for the signed-in page user.</summary>
public sealed class PdfModel(IMediator mediator, IConfiguration configuration) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var pdf = (await mediator.Send(new GetMemoPdf(id, VerificationAddress.For(Request, configuration, id)), ct)).Value;
        return pdf is null ? NotFound() : File(pdf.Content, "application/pdf", pdf.FileName);
    }
}
