namespace Kasian.Web.Memos;

/// <summary>
/// A stored file name that cannot climb directories, hide control characters or overflow a header:
/// the last path segment, control and reserved characters replaced, at most 200 characters. Thai letters stay.
/// </summary>
public static class SafeFileName
{
    private static readonly char[] Reserved = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    private static readonly HashSet<string> KnownTypes =
        ["application/pdf", "image/png", "image/jpeg", "text/plain", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/msword", "application/vnd.ms-excel"];

    public static string From(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var chars = last.Select(c => char.IsControl(c) || Reserved.Contains(c) ? '_' : c).ToArray();
        var clean = new string(chars).Trim().TrimStart('.');
        if (clean.Length > 200) clean = clean[..(200 - Path.GetExtension(clean).Length)] + Path.GetExtension(clean);
        return clean.Length == 0 ? "attachment" : clean;
    }

    /// <summary>Only types we recognise are passed on; anything else is served as opaque bytes.</summary>
    public static string ContentType(string? declared) =>
        declared is not null && KnownTypes.Contains(declared) ? declared : "application/octet-stream";
}
