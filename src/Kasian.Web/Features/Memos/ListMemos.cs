using Kasian.Core.Memos;
using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Memos;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Memos;

/// <param name="From">First วันที่ (date of submission, Bangkok) to include; unsubmitted drafts have none and drop out of a dated search.</param>
/// <param name="To">Last วันที่ to include.</param>
public sealed record ListMemos(string? Box, string? Status, bool? Overdue, string? Q, int? Page, DateOnly? From = null, DateOnly? To = null)
    : IRequest<Result<MemoPage>>;

/// <param name="ReturnReason">For a returned memo, why it came back (the latest return's reason): what its author must fix.</param>
public sealed record MemoSummary(Guid Id, NumberView? Number, string Subject, string Status, string Urgency, string? CurrentStepId, string? CurrentPosition,
    DateTimeOffset? StepOpenedAt, DateTimeOffset? DueAt, bool Overdue, PersonRef Originator, DateTimeOffset UpdatedAt, string? ReturnReason = null);

public sealed record MemoPage(IReadOnlyList<MemoSummary> Items, int Page, int PageSize, int Total);

public sealed class ListMemosHandler(KasianDbContext db, RequestActor signedIn, TimeProvider clock) : IRequestHandler<ListMemos, Result<MemoPage>>
{
    public const int PageSize = 20;

    public async ValueTask<Result<MemoPage>> Handle(ListMemos request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (person, actor) = signedIn.Current;
        var paging = Paging.From(request.Page, PageSize);
        if (paging.Problem is { } badPage) return badPage;

        var memos = db.Memos.AsNoTracking().Where(m => m.OrganisationId == person.OrganisationId);
        var positions = actor.Capacities.Select(c => c.Position).ToList();
        memos = request.Box switch
        {
            null or "" or "all" => memos,
            // Everything that waits for me: a step I hold or act in, and my own memos that are back with me or not yet sent.
            "inbox" => memos.Where(m => (m.Status == MemoStatus.Pending && positions.Contains(m.CurrentPosition!))
                || (m.OriginatorId == person.Id && (m.Status == MemoStatus.Returned || m.Status == MemoStatus.Draft))),
            "sent" => memos.Where(m => m.OriginatorId == person.Id),
            _ => null!,
        };
        if (memos is null) return Problem.Invalid("box", $"'{request.Box}' is not one of inbox, sent, all.");

        if (!string.IsNullOrEmpty(request.Status))
        {
            var statuses = CodeList.Parse<MemoStatus>("status", request.Status, s => s.ToCode());
            if (statuses.Problem is { } badStatus) return badStatus;
            var chosen = statuses.Value!;
            memos = chosen.Count == 1 ? memos.Where(m => m.Status == chosen[0]) : memos.Where(m => chosen.Contains(m.Status));
        }
        if (request.Overdue is { } overdue)
            memos = overdue ? memos.Where(m => m.DueAt < now) : memos.Where(m => m.DueAt == null || m.DueAt >= now);
        if (request.From is { } from) memos = memos.Where(m => m.MemoDate >= from);
        if (request.To is { } to) memos = memos.Where(m => m.MemoDate <= to);
        if (!string.IsNullOrWhiteSpace(request.Q)) memos = MemoSearch.Matching(db, memos, request.Q);

        var total = await memos.CountAsync(ct);
        // The inbox: a memo sent back to me first (it stopped for me to fix it), then what waits at my steps, most
        // urgent and newest first, then my drafts.
        var ordered = request.Box == "inbox"
            ? memos.OrderBy(m => m.Status == MemoStatus.Returned ? 0 : m.Status == MemoStatus.Pending ? 1 : 2)
                .ThenByDescending(m => m.Urgency).ThenByDescending(m => m.StepOpenedAt ?? m.UpdatedAt)
            : memos.OrderByDescending(m => m.UpdatedAt);
        var rows = await paging.Value.ReadAsync(ordered
            .Select(m => new { m, Originator = db.People.Where(p => p.Id == m.OriginatorId).Select(p => new { p.Username, p.DisplayName }).First() }), total, ct);
        var reasons = await ReturnReasons.OfAsync(db, rows.Where(r => r.m.Status == MemoStatus.Returned).Select(r => r.m.Id).ToList(), ct);
        return new MemoPage(rows.Select(r => new MemoSummary(r.m.Id.Value,
                r.m.Number is null ? null : new NumberView(r.m.Number, ThaiDigits.ToLatin(r.m.Number)),
                r.m.Subject, r.m.Status.ToCode(), r.m.Urgency.ToCode(), r.m.CurrentStepId, r.m.CurrentPosition, r.m.StepOpenedAt, r.m.DueAt,
                r.m.DueAt < now, new PersonRef(r.Originator.Username, r.Originator.DisplayName), r.m.UpdatedAt, reasons.GetValueOrDefault(r.m.Id))).ToList(),
            paging.Value.Page, PageSize, total);
    }
}

public static class ListMemosEndpoint
{
    public static void Map(RouteGroupBuilder memos) =>
        memos.MapGet("/", async (string? box, string? status, bool? overdue, string? q, int? page, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListMemos(box, status, overdue, q, page, from, to), ct)).ToHttp(Results.Ok))
            .Produces<MemoPage>()
            .WithName(nameof(ListMemos))
            .WithSummary("Lists: box=inbox (waiting for me: at a step I hold or act in, and my own returned memos, with returnReason, and drafts), sent (mine), all (my organisation); "
                + "status=draft,pending (one or more); q searches number (either digits), subject, body, comments and reasons, and the originator's name; "
                + "from/to filter on วันที่ (yyyy-MM-dd); a page past the last is empty.");
}
