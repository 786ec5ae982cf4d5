using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Kasian.Core.Thai;
using Kasian.Web.Chain;
using Kasian.Web.Features.Chain;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages.Admin;

/// <summary>One day's signed digest on paper (to file away), or as its file; administrators and auditors.</summary>
public sealed class DigestModel(IMediator mediator) : AdminPageModel(mediator)
{
    public DigestFile? Digest { get; private set; }

    public string DayThai => Digest is { } d ? ThaiDate.LongForm(DateOnly.ParseExact(d.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture)) : "";

    /// <summary>The public key's SHA-256, short enough to read aloud and compare.</summary>
    public string KeyFingerprint => Digest is { } d ? Convert.ToHexStringLower(SHA256.HashData(Convert.FromBase64String(d.PublicKey)))[..32] : "";

    public async Task<IActionResult> OnGetAsync(string day, string? format, CancellationToken ct)
    {
        var found = await Mediator.Send(new ListDigests(day), ct);
        if (found.Problem is { } problem)
        {
            await LoadMeAsync(ct);
            Refuse(problem);
            return Page();
        }
        Digest = found.Value![0];
        if (format == "file") return File(JsonSerializer.SerializeToUtf8Bytes(Digest, DigestFile.Json), "application/json", Digest.FileName);
        return Page();
    }
}
