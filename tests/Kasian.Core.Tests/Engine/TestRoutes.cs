using Kasian.Core.Routes;

namespace Kasian.Core.Tests.Engine;

/// <summary>Routes for engine tests, written as JSON so they go through the same parser as workflows/*.json.</summary>
internal static class TestRoutes
{
    /// <summary>Equivalent to workflows/internal-memo.json: head of office endorses, palad endorses, nayok decides.</summary>
    public const string InternalMemoJson = """
        {
          "id": "internal-memo",
          "version": 1,
          "name": { "th": "บันทึกข้อความเสนอผ่านสำนักปลัดถึงนายก", "en": "Internal memo via the Palad office" },
          "urgencyDueFactor": { "urgent": 0.5, "very-urgent": 0.25, "most-urgent": 0.125 },
          "steps": [
            { "id": "head-of-office", "title": "ความเห็นหัวหน้าสำนักปลัด", "position": "head-of-palad-office",
              "action": "endorse", "due": "P1D", "reminders": { "every": "PT4H", "max": 3 }, "escalateTo": "palad" },
            { "id": "palad", "title": "ความเห็นปลัดองค์การบริหารส่วนตำบล", "position": "palad",
              "action": "endorse", "due": "P1D" },
            { "id": "nayok", "title": "ความเห็น / คำสั่ง นายกองค์การบริหารส่วนตำบล", "position": "nayok",
              "action": "decide", "due": "P2D" }
          ]
        }
        """;

    public const string AcknowledgeJson = """
        {
          "id": "for-information",
          "version": 1,
          "name": "แจ้งเพื่อทราบ",
          "steps": [
            { "id": "head-of-office", "title": "ความเห็นหัวหน้าสำนักปลัด", "position": "head-of-palad-office", "action": "endorse" },
            { "id": "nayok", "title": "ทราบ", "position": "nayok", "action": "acknowledge", "due": "PT4H", "clock": "calendar" }
          ]
        }
        """;

    /// <summary>A one-step route on which the originator may act on their own memo.</summary>
    public const string OriginatorMayActJson = """
        {
          "id": "self-service",
          "version": 1,
          "name": "เสนอหัวหน้าสำนักปลัด",
          "originatorMayAct": true,
          "steps": [
            { "id": "head-of-office", "title": "คำสั่งหัวหน้าสำนักปลัด", "position": "head-of-palad-office", "action": "decide" }
          ]
        }
        """;

    public static RouteDefinition InternalMemo { get; } = Parse(InternalMemoJson);

    public static RouteDefinition Acknowledge { get; } = Parse(AcknowledgeJson);

    public static RouteDefinition OriginatorMayAct { get; } = Parse(OriginatorMayActJson);

    public static RouteDefinition Parse(string json, string file = "test.json")
    {
        var (route, errors) = RouteParser.Parse(file, json);
        Assert.Empty(errors);
        return route!;
    }
}
