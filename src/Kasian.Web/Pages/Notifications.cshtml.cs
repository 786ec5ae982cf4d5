using Kasian.Web.Notifications;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages;

/// <summary>My in-app notifications (reminders and escalations), newest first; opening one marks it read.</summary>
public sealed class NotificationsModel(IMediator mediator) : KasianPageModel
{
    public NotificationPage? Notifications { get; private set; }

    public async Task OnGetAsync(int? page, CancellationToken ct)
    {
        var result = await mediator.Send(new ListNotifications(null, page), ct);
        Error = result.Problem;
        Notifications = result.Value;
    }

    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken ct)
    {
        var result = await mediator.Send(new MarkNotificationRead(id), ct);
        if (result.Problem is { } problem)
        {
            Error = problem;
            await OnGetAsync(null, ct);
            return Page();
        }
        return Redirect($"/memos/{result.Value!.MemoId}");
    }
}
