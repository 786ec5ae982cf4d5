using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Notifications;

/// <summary>For administrators: every delivery attempt's state, failures first, so a dead channel is visible.</summary>
public sealed record ListDeliveries(string? Status, int? Page) : IRequest<Result<DeliveryPage>>, IAdministration;

public sealed record DeliveryView(Guid Id, Guid MemoId, string StepId, int ReminderNumber, string Kind, string Recipient, string Channel, string Address,
    string Status, int Attempts, string? LastError, DateTimeOffset NextAttemptAt, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

public sealed record DeliveryPage(IReadOnlyList<DeliveryView> Items, int Page, int PageSize, int Total);

public sealed class ListDeliveriesHandler(KasianDbContext db, RequestActor user) : IRequestHandler<ListDeliveries, Result<DeliveryPage>>
{
    public const int PageSize = 50;

    public async ValueTask<Result<DeliveryPage>> Handle(ListDeliveries request, CancellationToken ct)
    {
        var organisation = user.Current.OrganisationId;
        var paging = Paging.From(request.Page, PageSize);
        if (paging.Problem is { } badPage) return badPage;

        // A delivery is of a reminder or of a memo turn's notice: one of the two joins finds its ledger row.
        var rows = from d in db.NotificationDeliveries.AsNoTracking()
                   join p in db.People on d.RecipientId equals p.Id
                   from r in db.Reminders.Where(r => r.Id == d.ReminderId).DefaultIfEmpty()
                   from n in db.MemoNotices.Where(n => n.Id == d.NoticeId).DefaultIfEmpty()
                   where p.OrganisationId == organisation
                   select new { d, r, n, p.Username };
        if (!string.IsNullOrEmpty(request.Status))
        {
            var statuses = CodeList.Parse<DeliveryStatus>("status", request.Status, s => s.ToString().ToLowerInvariant());
            if (statuses.Problem is { } badStatus) return badStatus;
            var chosen = statuses.Value!;
            rows = chosen.Count == 1 ? rows.Where(x => x.d.Status == chosen[0]) : rows.Where(x => chosen.Contains(x.d.Status));
        }
        var total = await rows.CountAsync(ct);
        var items = await paging.Value.ReadAsync(rows.OrderByDescending(x => x.d.CreatedAt), total, ct);
        return new DeliveryPage(items.Select(x => new DeliveryView(x.d.Id, (x.r?.MemoId ?? x.n!.MemoId).Value, x.r?.StepId ?? x.n?.StepId ?? "", x.r?.ReminderNumber ?? 0,
            x.r is { } r ? r.Kind.ToString().ToLowerInvariant() : NotificationKinds.Code(x.n!.Kind),
            x.Username, x.d.Channel, x.d.Address, x.d.Status.ToString().ToLowerInvariant(), x.d.Attempts, x.d.LastError, x.d.NextAttemptAt, x.d.CreatedAt, x.d.SentAt)).ToList(),
            paging.Value.Page, PageSize, total);
    }
}

public static class ListDeliveriesEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/admin/deliveries", async (string? status, int? page, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListDeliveries(status, page), ct)).ToHttp(Results.Ok))
            .Produces<DeliveryPage>()
            .WithTags("Administration").WithName(nameof(ListDeliveries))
            .WithSummary("Notification deliveries (reminders and memo turns) and their state (administrators only); filter by status=pending|sent|failed (or several: status=pending,failed); a page past the last is empty.");
}
