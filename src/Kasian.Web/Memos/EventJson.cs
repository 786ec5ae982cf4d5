using System.Text.Encodings.Web;
using System.Text.Json;
using Kasian.Core.Engine;

namespace Kasian.Web.Memos;

/// <summary>
/// The canonical stored form of event payloads: camelCase, no indentation, Thai kept as UTF-8 rather
/// than \u escapes. Payloads are stored once and never rewritten, so this must only ever grow.
/// </summary>
public static class EventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Serialize(MemoEvent e) => JsonSerializer.Serialize(e, Options);

    public static MemoEvent Deserialize(string json) =>
        JsonSerializer.Deserialize<MemoEvent>(json, Options) ?? throw new JsonException("Empty event payload.");
}
