using Kasian.Web.Features.Me;
using Kasian.Web.Printing;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages.Account;

/// <summary>My signature for the printed memo: what prints above my name now, and uploading or removing it.</summary>
[RequestSizeLimit(UploadedImage.MaxBytes + 64 * 1024)]
public sealed class SignatureModel(IMediator mediator) : KasianPageModel
{
    private static readonly string[] Outcomes = ["uploaded", "removed"];

    public StoredPrintImage? Signature { get; private set; }

    /// <summary>What the last post did, shown once after the redirect.</summary>
    public string? Done { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Done = Outcomes.Contains(done) ? done : null;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken ct)
    {
        var content = await ImageUploads.ReadAsync(file, ct);
        var problem = content.Problem ?? (await mediator.Send(new UploadSignature(content.Value!), ct)).Problem;
        return await AfterAsync(problem, "uploaded", ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct) =>
        await AfterAsync((await mediator.Send(new RemoveSignature(), ct)).Problem, "removed", ct);

    private async Task<IActionResult> AfterAsync(Common.Problem? problem, string outcome, CancellationToken ct)
    {
        // Post, redirect, get: a reload does not upload again.
        if (problem is null) return Redirect($"/account/signature?done={outcome}");
        Error = problem;
        Response.StatusCode = problem.Status;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => Signature = (await mediator.Send(new GetSignature(), ct)).Value;

    public string? FileError => Error?.Errors?.TryGetValue("file", out var messages) == true ? string.Join(" ", messages) : null;
}
