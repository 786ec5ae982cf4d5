using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Notifications;

public sealed record ListNotifications(bool? Unread, int? Page) : IRequest<Result<NotificationPage>>;

public sealed record NotificationView(Guid Id, Guid MemoId, string Title, string Text, string Link, DateTimeOffset CreatedAt, string CreatedAtThai, bool Read);

/// <param name="Total">How many notifications the list holds in all (all of mine, or my unread ones when only those were asked for).</param>
public sealed record NotificationPage(IReadOnlyList<NotificationView> Items, int Unread, int Page, int PageSize, int Total);

/// <summary>The count in the header: my unread in-app notifications (0 when nobody is signed in).</summary>
public sealed record GetUnreadCount : IRequest<int>;

public sealed record UnreadCount(int Count);

public sealed record MarkNotificationRead(Guid Id) : IRequest<Result<NotificationView>>;

public sealed class NotificationHandlers(KasianDbContext db, RequestActor user, TimeProvider clock) :
    IRequestHandler<ListNotifications, Result<NotificationPage>>,
    IRequestHandler<GetUnreadCount, int>,
    IRequestHandler<MarkNotificationRead, Result<NotificationView>>
{
    public const int PageSize = 20;

    public async ValueTask<Result<NotificationPage>> Handle(ListNotifications request, CancellationToken ct)
    {
        var id = user.Current.Person.Id;
        var paging = Paging.From(request.Page, PageSize);
        if (paging.Problem is { } badPage) return badPage;
        var mine = db.Notifications.AsNoTracking().Where(n => n.PersonId == id);
        var unread = await mine.CountAsync(n => n.ReadAt == null, ct);
        var total = request.Unread == true ? unread : await mine.CountAsync(ct);
        var shown = request.Unread == true ? mine.Where(n => n.ReadAt == null) : mine;
        var rows = await paging.Value.ReadAsync(shown.OrderByDescending(n => n.CreatedAt), total, ct);
        return new NotificationPage(rows.Select(View).ToList(), unread, paging.Value.Page, PageSize, total);
    }

    public async ValueTask<int> Handle(GetUnreadCount request, CancellationToken ct) =>
        user.Id is { } id ? await db.Notifications.CountAsync(n => n.PersonId == id && n.ReadAt == null, ct) : 0;

    public async ValueTask<Result<NotificationView>> Handle(MarkNotificationRead request, CancellationToken ct)
    {
        var id = user.Current.Person.Id;
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == request.Id && n.PersonId == id, ct);
        if (notification is null) return Problem.NotFound("The notification");
        notification.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return View(notification);
    }

    private static NotificationView View(Notification n) =>
        new(n.Id, n.MemoId.Value, n.Title, n.Text, n.Link, n.CreatedAt, ThaiDate.ShortWithTime(n.CreatedAt), n.ReadAt is not null);
}

public static class NotificationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications");
        group.MapGet("/", async (bool? unread, int? page, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListNotifications(unread, page), ct)).ToHttp(Results.Ok))
            .Produces<NotificationPage>()
            .WithName(nameof(ListNotifications))
            .WithSummary("My in-app notifications, newest first, with the unread count.");
        group.MapGet("/unread-count", async (IMediator mediator, CancellationToken ct) =>
                Results.Ok(new UnreadCount(await mediator.Send(new GetUnreadCount(), ct))))
            .Produces<UnreadCount>()
            .WithName(nameof(GetUnreadCount))
            .WithSummary("How many of my in-app notifications are unread.");
        group.MapPost("/{id:guid}/read", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new MarkNotificationRead(id), ct)).ToHttp(Results.Ok))
            .Produces<NotificationView>()
            .WithName(nameof(MarkNotificationRead))
            .WithSummary("Marks one of my notifications read.");
    }
}
