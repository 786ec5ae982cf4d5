using Kasian.Web.Tests.Infrastructure;

namespace Kasian.Web.Tests.Printing;

/// <summary>The seed memo walked to its end over HTTP, as its people do in SeedMemoWalkTests.</summary>
internal static class SeedMemo
{
    public const string ActingPalad = "หัวหน้าสำนักปลัด รักษาราชการแทน ปลัดองค์การบริหารส่วนตำบลภูซาง";

    public static async Task<Guid> SubmittedAsync(KasianApp app)
    {
        var thapthim = await app.SignInAsync("thapthim");
        var drafts = await thapthim.GetJsonAsync("/api/memos?box=sent&status=draft");
        var id = Assert.Single(drafts["items"]!.AsArray())!["id"]!.GetValue<Guid>();
        await thapthim.OkAsync(await thapthim.PostAsync($"/api/memos/{id}/submit"));
        return id;
    }

    /// <summary>Endorsed by the head of the Palad office in both her capacities; the Nayok then approves or rejects.</summary>
    public static async Task<Guid> DecidedAsync(KasianApp app, bool approve = true, string? comment = "เห็นชอบดำเนินการตามเสนอ")
    {
        var id = await SubmittedAsync(app);
        await EndorseTwiceAsync(app, id);
        var worawit = await app.SignInAsync("worawit");
        app.Clock.Advance(TimeSpan.FromHours(2));
        await worawit.OkAsync(approve
            ? await worawit.PostAsync($"/api/memos/{id}/approve", new { stepId = "nayok", comment })
            : await worawit.PostAsync($"/api/memos/{id}/reject", new { stepId = "nayok", reason = comment }));
        return id;
    }

    public static async Task EndorseTwiceAsync(KasianApp app, Guid id)
    {
        var naphaporn = await app.SignInAsync("naphaporn");
        app.Clock.Advance(TimeSpan.FromHours(1));
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office", comment = "เห็นควรเสนอปลัดพิจารณา" }));
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "palad", comment = "- เพื่อโปรดพิจารณาอนุมัติ -" }));
    }
}
