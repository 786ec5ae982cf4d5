using Kasian.Web.Notifications;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages;

/// <summary>My in-app notifications (reminders and escalations), newest first; opening one marks it read.</summary>
public sealed class NotificationsModel(IMediator mediator) : KasianPageModel
{
    public NotificationPage? Notifications { get; private set; }

    [BindProperty]
    public bool Email { get; set; }

    [BindProperty]
    public string? LineUserId { get; set; }

    [BindProperty]
    public string? WebhookUrl { get; set; }

    public string? EmailAddress { get; private set; }

    public bool Saved { get; private set; }

    public async Task OnGetAsync(int? page, CancellationToken ct)
    {
        var result = await mediator.Send(new ListNotifications(null, page), ct);
        Error ??= result.Problem;
        Notifications = result.Value;
        var preferences = await mediator.Send(new GetNotificationPreferences(), ct);
        if (preferences.Value is { } p && Error is null)
            (Email, LineUserId, WebhookUrl) = (p.Email, p.LineUserId, p.WebhookUrl);
        EmailAddress = preferences.Value?.EmailAddress;
    }

    public async Task<IActionResult> OnPostPreferencesAsync(CancellationToken ct)
    {
        var result = await mediator.Send(new SetNotificationPreferences(Email, LineUserId, WebhookUrl), ct);
        Error = result.Problem;
        Saved = result.IsSuccess;
        await OnGetAsync(null, ct);
        return Page();
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
