using Kasian.Web.Common;
using Kasian.Web.Features.Memos;
using Mediator;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Pages.Memos;

/// <summary>An uploaded form file handed to the AddAttachment handler, within the configured size limit.</summary>
public static class Attachments
{
    /// <summary>What is wrong with the file before anything is stored, so that compose can refuse it without leaving a draft behind.</summary>
    public static Problem? Check(IOptions<KasianOptions> options, IFormFile file)
    {
        if (file.Length == 0) return Problem.Invalid("file", "The file is empty.");
        if (file.Length > options.Value.Attachments.MaxBytes)
            return new Problem(413, "too-large", "File too large", $"The file is {file.Length} bytes; at most {options.Value.Attachments.MaxBytes} are accepted.");
        return null;
    }

    public static async Task<Problem?> AddAsync(IMediator mediator, IOptions<KasianOptions> options, Guid memoId, IFormFile file, CancellationToken ct)
    {
        if (Check(options, file) is { } problem) return problem;
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var result = await mediator.Send(new AddAttachment(memoId, file.FileName, file.ContentType, buffer.ToArray()), ct);
        return result.Problem;
    }
}
