using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kasian.Core.Thai;
using Kasian.Web.Data;
using Kasian.Web.Data.Sql;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Chain;

/// <summary>
/// Daily digests: the chain head and the date, signed with the organisation's ECDSA P-256 key (created on first use,
/// its private half protected by ASP.NET Data Protection, whose keys live in the database and are shared by every node).
/// </summary>
public sealed class RecordDigests(KasianDbContext db, RecordSealer sealer, IDataProtectionProvider protection, TimeProvider clock)
{
    private IDataProtector Protector => protection.CreateProtector("Kasian.Record.SigningKey.v1");

    /// <summary>Today's digest (Bangkok date) of the organisation: made now if there is none yet, after sealing what is committed.</summary>
    public async Task<RecordDigest> MakeAsync(Guid organisation, CancellationToken ct)
    {
        var day = ThaiDate.BangkokDate(clock.GetUtcNow());
        if (await FindAsync(organisation, day, ct) is { } made) return made;
        await sealer.SealAsync(ct);
        var code = await db.Organisations.Where(o => o.Id == organisation).Select(o => o.Code).SingleAsync(ct);
        var key = await KeyAsync(organisation, ct);
        long position;
        string head;
        await using (var session = await SqlSessions.ForReadingAsync(db, ct)) (position, head) = await RecordSql.HeadAsync(session, organisation, ct);
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(Convert.FromBase64String(Protector.Unprotect(key.ProtectedPrivateKey)), out _);
        var signature = ecdsa.SignData(Encoding.UTF8.GetBytes(DigestFile.SignedText(organisation, code, day, position, head)), HashAlgorithmName.SHA256);
        var digest = new RecordDigest { OrganisationId = organisation, Day = day, Position = position, Head = head, MadeAt = clock.GetUtcNow(), Signature = Convert.ToBase64String(signature) };
        db.RecordDigests.Add(digest);
        try
        {
            await db.SaveChangesAsync(ct);
            return digest;
        }
        catch (DbUpdateException e) when (Memos.MemoActions.IsUniqueViolation(e))
        {
            // Another node made today's digest first: that one stands.
            db.ChangeTracker.Clear();
            return (await FindAsync(organisation, day, ct))!;
        }
    }

    /// <summary>The daily job: today's digest of every organisation.</summary>
    public async Task MakeAllAsync(CancellationToken ct)
    {
        foreach (var organisation in await db.Organisations.Select(o => o.Id).ToListAsync(ct)) await MakeAsync(organisation, ct);
    }

    public Task<RecordDigest?> FindAsync(Guid organisation, DateOnly day, CancellationToken ct) =>
        db.RecordDigests.AsNoTracking().SingleOrDefaultAsync(d => d.OrganisationId == organisation && d.Day == day, ct);

    /// <summary>The organisation's digests as files, newest first.</summary>
    public async Task<IReadOnlyList<DigestFile>> FilesAsync(Guid organisation, DateOnly? day, CancellationToken ct)
    {
        var code = await db.Organisations.Where(o => o.Id == organisation).Select(o => o.Code).SingleAsync(ct);
        var key = await db.RecordSigningKeys.AsNoTracking().SingleOrDefaultAsync(k => k.OrganisationId == organisation, ct);
        if (key is null) return [];
        var digests = await db.RecordDigests.AsNoTracking()
            .Where(d => d.OrganisationId == organisation && (day == null || d.Day == day))
            .OrderByDescending(d => d.Day).ToListAsync(ct);
        return digests.Select(d => DigestFile.Of(d, code, key.PublicKey)).ToList();
    }

    /// <summary>Every stored digest as an anchor, and every digest file in <paramref name="directory"/>; files that cannot be trusted are findings.</summary>
    public async Task<(IReadOnlyList<Anchor> Anchors, IReadOnlyList<Finding> Findings)> AnchorsAsync(string? directory, CancellationToken ct)
    {
        var keys = await db.RecordSigningKeys.AsNoTracking().ToDictionaryAsync(k => k.OrganisationId, k => k.PublicKey, ct);
        var anchors = new List<Anchor>();
        var findings = new List<Finding>();
        foreach (var d in await db.RecordDigests.AsNoTracking().ToListAsync(ct))
            anchors.Add(new Anchor(d.OrganisationId, d.Position, d.Head, $"the stored digest of {d.Day:yyyy-MM-dd}"));
        if (directory is null) return (anchors, findings);
        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            DigestFile? file;
            try { file = JsonSerializer.Deserialize<DigestFile>(await File.ReadAllTextAsync(path, ct), DigestFile.Json); }
            catch (JsonException) { file = null; }
            if (file is null) { findings.Add(new("digest-unreadable", null, null, $"digest file {name} is not a digest")); continue; }
            if (file.SignatureProblem() is { } problem) { findings.Add(new("digest-signature", null, null, $"digest file {name}: {problem}")); continue; }
            if (!keys.TryGetValue(file.OrganisationId, out var key) || key != file.PublicKey)
            {
                findings.Add(new("digest-key", null, null, $"digest file {name} is signed with a key organisation {file.Organisation} does not hold (its key was replaced)"));
                continue;
            }
            anchors.Add(new Anchor(file.OrganisationId, file.Position, file.Head, $"digest file {name}"));
        }
        return (anchors, findings);
    }

    private async Task<RecordSigningKey> KeyAsync(Guid organisation, CancellationToken ct)
    {
        if (await db.RecordSigningKeys.AsNoTracking().SingleOrDefaultAsync(k => k.OrganisationId == organisation, ct) is { } existing) return existing;
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var key = new RecordSigningKey
        {
            OrganisationId = organisation,
            PublicKey = Convert.ToBase64String(ecdsa.ExportSubjectPublicKeyInfo()),
            ProtectedPrivateKey = Protector.Protect(Convert.ToBase64String(ecdsa.ExportPkcs8PrivateKey())),
            CreatedAt = clock.GetUtcNow(),
        };
        db.RecordSigningKeys.Add(key);
        try
        {
            await db.SaveChangesAsync(ct);
            return key;
        }
        catch (DbUpdateException e) when (Memos.MemoActions.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return await db.RecordSigningKeys.AsNoTracking().SingleAsync(k => k.OrganisationId == organisation, ct);
        }
    }
}
