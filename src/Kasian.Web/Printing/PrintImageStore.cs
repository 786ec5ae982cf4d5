using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Features.Admin;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Printing;

/// <summary>An uploaded picture as the API describes it (its bytes come from the GET of the same path).</summary>
/// <param name="Kind">emblem or signature.</param>
/// <param name="UploadedBy">The username of whoever uploaded it.</param>
public sealed record PrintImageView(string Kind, string ContentType, long Size, int Width, int Height, string Sha256, DateTimeOffset UploadedAt, string UploadedBy);

/// <summary>A stored picture with its bytes, for the GET endpoints and the pages' preview.</summary>
public sealed record StoredPrintImage(PrintImageView View, byte[] Content)
{
    /// <summary>The picture inline in a page (the pages' policy allows data: images, and the bytes decoded as PNG or JPEG).</summary>
    public string DataUri => $"data:{View.ContentType};base64,{Convert.ToBase64String(Content)}";
}

/// <summary>
/// The one place the emblem and signatures are written, read and removed: the emblem use cases and the signature ones
/// differ only in whose picture it is. Each change commits with its audit record.
/// </summary>
public static class PrintImageStore
{
    public static string Code(PrintImageKind kind) => kind == PrintImageKind.Emblem ? "emblem" : "signature";

    public static async Task<StoredPrintImage?> FindAsync(KasianDbContext db, Guid organisationId, PrintImageKind kind, Guid ownerId, CancellationToken ct)
    {
        var found = await db.PrintImages.AsNoTracking()
            .Where(i => i.OrganisationId == organisationId && i.Kind == kind && i.OwnerId == ownerId)
            .Join(db.People, i => i.UploadedBy, p => p.Id, (i, p) => new { Image = i, p.Username })
            .SingleOrDefaultAsync(ct);
        return found is null ? null : new StoredPrintImage(View(found.Image, found.Username), found.Image.Content);
    }

    /// <summary>Stores the picture, replacing the one before. Two first uploads at the same moment: the unique index lets one in, the other gets 409.</summary>
    public static async Task<Result<PrintImageView>> SaveAsync(KasianDbContext db, RequestActor actor, TimeProvider clock,
        PrintImageKind kind, Guid ownerId, UploadedImage upload, CancellationToken ct)
    {
        var (organisationId, by) = (actor.Current.OrganisationId, actor.Current.Person);
        var image = await db.PrintImages.SingleOrDefaultAsync(i => i.OrganisationId == organisationId && i.Kind == kind && i.OwnerId == ownerId, ct);
        if (image is null)
        {
            image = new PrintImage { OrganisationId = organisationId, Kind = kind, OwnerId = ownerId, ContentType = upload.ContentType, Content = upload.Content, Sha256 = upload.Sha256 };
            db.PrintImages.Add(image);
        }
        image.ContentType = upload.ContentType;
        image.Content = upload.Content;
        image.Width = upload.Width;
        image.Height = upload.Height;
        image.Sha256 = upload.Sha256;
        image.UploadedAt = clock.GetUtcNow();
        image.UploadedBy = by.Id;
        // The audit keeps the fingerprint, not the picture: which file it was can be proved later from the file itself.
        Audit.Record(db, actor, image.UploadedAt, $"{Code(kind)}.uploaded", nameof(PrintImage), image.Id,
            new { kind = Code(kind), image.ContentType, size = upload.Content.Length, image.Width, image.Height, image.Sha256 });
        if (await AdminChanges.SaveAsync(db, Problem.Conflict("concurrent-change", "Another upload of the same picture was saved at the same moment; nothing was changed, retry."), ct) is { } clash)
            return clash;
        return View(image, by.Username);
    }

    /// <summary>Removes the picture if there is one (true), so the paper prints nothing in its place from now on.</summary>
    public static async Task<bool> RemoveAsync(KasianDbContext db, RequestActor actor, TimeProvider clock, PrintImageKind kind, Guid ownerId, CancellationToken ct)
    {
        var organisationId = actor.Current.OrganisationId;
        var image = await db.PrintImages.SingleOrDefaultAsync(i => i.OrganisationId == organisationId && i.Kind == kind && i.OwnerId == ownerId, ct);
        if (image is null) return false;
        db.PrintImages.Remove(image);
        Audit.Record(db, actor, clock.GetUtcNow(), $"{Code(kind)}.removed", nameof(PrintImage), image.Id, new { kind = Code(kind), image.Sha256 });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Removed by another request at the same moment: gone either way, and recorded once, by that request.
            return false;
        }
    }

    private static PrintImageView View(PrintImage i, string uploadedBy) =>
        new(Code(i.Kind), i.ContentType, i.Content.Length, i.Width, i.Height, i.Sha256, i.UploadedAt, uploadedBy);
}
