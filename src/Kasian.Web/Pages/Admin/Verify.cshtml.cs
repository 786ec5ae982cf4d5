using Kasian.Web.Chain;
using Kasian.Web.Features.Chain;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages.Admin;

/// <summary>The office's record verified, and its signed digests to download or print (administrators and auditors; administrators may make today's).</summary>
public sealed class VerifyModel(IMediator mediator) : AdminPageModel(mediator)
{
    public RecordVerification? Verification { get; private set; }

    public IReadOnlyList<DigestFile> Digests { get; private set; } = [];

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        await LoadMeAsync(ct);
        ShowDone(done);
        var verified = await Mediator.Send(new VerifyRecord(), ct);
        if (verified.Problem is { } problem)
        {
            Refuse(problem);
            return;
        }
        Verification = verified.Value;
        Digests = (await Mediator.Send(new ListDigests(), ct)).Value ?? [];
    }

    public async Task<IActionResult> OnPostDigestAsync(CancellationToken ct)
    {
        var made = await Mediator.Send(new MakeDigest(), ct);
        if (made.Problem is { } problem)
        {
            await LoadMeAsync(ct);
            Refuse(problem);
            return Page();
        }
        return Back("/admin/verify", "digest");
    }
}
