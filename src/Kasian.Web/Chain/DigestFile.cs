using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Kasian.Web.Chain;

/// <summary>
/// A day's digest as a file kept outside the database (and printed): the chain head on that day, signed with the
/// organisation's key. Whoever rewrites the chain afterwards cannot make its position hash to this head again.
/// </summary>
public sealed record DigestFile(
    string Format, Guid OrganisationId, string Organisation, string Day, long Position, string Head, DateTimeOffset MadeAt,
    string Algorithm, string PublicKey, string Signature)
{
    public const string CurrentFormat = "kasian-digest-1";

    public const string EcdsaP256 = "ECDSA-P256-SHA256";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The text that is signed: every field that matters, one a line.</summary>
    public static string SignedText(Guid organisationId, string code, DateOnly day, long position, string head) =>
        string.Create(CultureInfo.InvariantCulture, $"{CurrentFormat}\n{organisationId:N}\n{code}\n{day:yyyy-MM-dd}\n{position}\n{head}\n");

    public static DigestFile Of(RecordDigest digest, string code, string publicKey) => new(
        CurrentFormat, digest.OrganisationId, code, digest.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), digest.Position, digest.Head,
        digest.MadeAt, EcdsaP256, publicKey, digest.Signature);

    public string FileName => $"kasian-digest-{Organisation}-{Day}.json";

    /// <summary>Null when the signature holds under the file's own public key, else why not.</summary>
    public string? SignatureProblem()
    {
        if (Format != CurrentFormat || Algorithm != EcdsaP256) return $"format {Format} / {Algorithm} is not one this version reads";
        if (!DateOnly.TryParseExact(Day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return $"day '{Day}' is not a date";
        try
        {
            using var key = ECDsa.Create();
            key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(PublicKey), out _);
            var text = Encoding.UTF8.GetBytes(SignedText(OrganisationId, Organisation, day, Position, Head));
            return key.VerifyData(text, Convert.FromBase64String(Signature), HashAlgorithmName.SHA256) ? null : "the signature does not match its content";
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return "its key or signature is malformed";
        }
    }
}
