using System.Text.Json;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

// Not ".Audit": that namespace would hide Common.Audit from every other administration feature.
namespace Kasian.Web.Features.Admin.AuditTrail;

/// <summary>The office's record of administrative changes, newest first (memo actions have their own: /api/memos/{id}/events).</summary>
public sealed record ListAuditRecords(int? Page = null) : IRequest<Result<AuditPage>>, IRecordsReading;

/// <param name="Details">What was changed, as it was recorded (never a password).</param>
public sealed record AuditEntry(Guid Id, DateTimeOffset At, string Actor, string Action, string EntityType, Guid? EntityId, JsonElement Details, string? Address);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, int Page, int PageSize, int Total);

public sealed class ListAuditRecordsHandler(KasianDbContext db, RequestActor actor) : IRequestHandler<ListAuditRecords, Result<AuditPage>>
{
    public const int PageSize = 50;

    public async ValueTask<Result<AuditPage>> Handle(ListAuditRecords request, CancellationToken ct)
    {
        var page = request.Page ?? 1;
        if (page < 1) return Problem.Invalid("page", "page starts at 1.");
        var records = db.AuditRecords.AsNoTracking().Where(a => a.OrganisationId == actor.Current.OrganisationId);
        var total = await records.CountAsync(ct);
        var rows = await records.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(ct);
        return new AuditPage(rows.Select(r => new AuditEntry(r.Id, r.At, r.ActorUsername, r.Action, r.EntityType, r.EntityId, Parse(r.Details), r.Address)).ToList(),
            page, PageSize, total);
    }

    private static JsonElement Parse(string details)
    {
        using var document = JsonDocument.Parse(details);
        return document.RootElement.Clone();
    }
}

public static class ListAuditRecordsEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapGet("/audit", async (int? page, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListAuditRecords(page), ct)).ToHttp(Results.Ok))
            .Produces<AuditPage>()
            .WithName(nameof(ListAuditRecords))
            .WithSummary("Who changed what in the office and when, newest first, 50 a page (administrators and auditors).");
}
