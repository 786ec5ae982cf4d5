using System.Text.Encodings.Web;
using System.Text.Json;
using Kasian.Core.Calendar;

namespace Kasian.Web.Workflows;

/// <summary>The stored form of a <c>HolidayYear</c>'s list: <c>[{"date":"2027-01-01","name":"วันขึ้นปีใหม่"}]</c>, in date order, Thai kept as UTF-8.</summary>
public static class HolidayJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(IEnumerable<Holiday> holidays) => JsonSerializer.Serialize(holidays.OrderBy(h => h.Date).ToList(), Options);

    public static IReadOnlyList<Holiday> Read(string json) => JsonSerializer.Deserialize<List<Holiday>>(json, Options) ?? [];
}
