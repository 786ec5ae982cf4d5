using System.Text.Json;
using Kasian.Web.Features.Admin.AuditTrail;
using Mediator;

namespace Kasian.Web.Pages.Admin;

/// <summary>Who changed what in the office and when, newest first, a page at a time (administrators and auditors).</summary>
public sealed class AuditModel(IMediator mediator) : AdminPageModel(mediator)
{
    public AuditPage? Records { get; private set; }

    public int Pages => Records is { } r ? Math.Max(1, (r.Total + r.PageSize - 1) / r.PageSize) : 1;

    public async Task OnGetAsync(int? page, CancellationToken ct)
    {
        await LoadMeAsync(ct);
        var records = await Mediator.Send(new ListAuditRecords(page), ct);
        if (records.Problem is { } problem) Refuse(problem);
        else Records = records.Value;
    }

    /// <summary>The details' fields one by one, as recorded (texts as they are, anything else as JSON).</summary>
    public static IEnumerable<(string Name, string Value)> Fields(JsonElement details) =>
        details.ValueKind == JsonValueKind.Object
            ? details.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null)
                .Select(p => (p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()))
            : [("", details.GetRawText())];

    /// <summary>The action in the reader's words when there are words for it, else its code.</summary>
    public string Action(Texts texts, string action) => Texts.All.ContainsKey("admin.audit.action." + action) ? texts["admin.audit.action." + action] : action;
}
