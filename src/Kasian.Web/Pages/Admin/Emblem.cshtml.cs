using Kasian.Web.Features.Admin.Emblem;
using Kasian.Web.Printing;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages.Admin;

/// <summary>The office's Garuda emblem: what prints now, and uploading or removing it (administrators; auditors only look).</summary>
[RequestSizeLimit(UploadedImage.MaxBytes + 64 * 1024)]
public sealed class EmblemModel(IMediator mediator) : AdminPageModel(mediator)
{
    public const string Form = "emblem";

    public StoredPrintImage? Emblem { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        ShowDone(done);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken ct)
    {
        var content = await ImageUploads.ReadAsync(file, ct);
        var saved = content.Problem is null ? (await Mediator.Send(new UploadEmblem(content.Value!), ct)).Problem : content.Problem;
        if (saved is null) return Back("/admin/emblem", "emblemUploaded");
        Show(saved, Form);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        var removed = await Mediator.Send(new RemoveEmblem(), ct);
        if (removed.IsSuccess) return Back("/admin/emblem", "emblemRemoved");
        Show(removed.Problem!, Form);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadMeAsync(ct);
        var emblem = await Mediator.Send(new GetEmblem(), ct);
        // 404 is only "none uploaded yet"; anything else (a clerk's 403) refuses the page.
        if (emblem.Problem is { Status: not 404 } problem) Refuse(problem);
        Emblem = emblem.Value;
    }
}
