using Kasian.Web.Notifications;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using QRCoder;

namespace Kasian.Web.Pages;

/// <summary>
/// My in-app notifications, newest first (opening one marks it read); my channels, my choice per kind and channel
/// (with the daily digest per channel), quiet hours, and a one-time code that links my LINE account.
/// </summary>
public sealed class NotificationsModel(IMediator mediator) : KasianPageModel
{
    public NotificationPage? Notifications { get; private set; }

    [BindProperty]
    public bool Email { get; set; }

    [BindProperty]
    public string? LineUserId { get; set; }

    [BindProperty]
    public string? WebhookUrl { get; set; }

    [BindProperty]
    public bool QuietHours { get; set; }

    /// <summary>Present when the form carried the table of choices (an older form without it leaves the choices alone).</summary>
    [BindProperty]
    public bool Matrix { get; set; }

    /// <summary>The ticked cells, each "kind:channel".</summary>
    [BindProperty]
    public List<string> On { get; set; } = [];

    /// <summary>The channels whose ticked kinds come in the daily digest.</summary>
    [BindProperty]
    public List<string> Digest { get; set; } = [];

    public string? EmailAddress { get; private set; }

    public bool Saved { get; private set; }

    public LineLinkCode? LineCode { get; private set; }

    /// <summary>The add-friend link as a PNG data URI (the pages' CSP allows data: images).</summary>
    public string? AddFriendQr { get; private set; }

    public async Task OnGetAsync(int? page, CancellationToken ct)
    {
        var result = await mediator.Send(new ListNotifications(null, page), ct);
        Error ??= result.Problem;
        Notifications = result.Value;
        var preferences = await mediator.Send(new GetNotificationPreferences(), ct);
        if (preferences.Value is { } p && Error is null)
        {
            (Email, LineUserId, WebhookUrl, QuietHours) = (p.Email, p.LineUserId, p.WebhookUrl, p.QuietHours);
            On = p.Choices.Where(c => c.Mode != "off").Select(c => $"{c.Kind}:{c.Channel}").ToList();
            Digest = p.Choices.Where(c => c.Mode == "digest").Select(c => c.Channel).Distinct().ToList();
        }
        EmailAddress = preferences.Value?.EmailAddress;
    }

    public async Task<IActionResult> OnPostPreferencesAsync(CancellationToken ct)
    {
        var choices = Matrix
            ? (from kind in NotificationKinds.All.Select(NotificationKinds.Code)
               from channel in NotificationKinds.ChoosableChannels
               select new ChoiceView(kind, channel, !On.Contains($"{kind}:{channel}") ? "off" : Digest.Contains(channel) ? "digest" : "immediate")).ToList()
            : null;
        var result = await mediator.Send(new SetNotificationPreferences(Email, LineUserId, WebhookUrl, Matrix ? QuietHours : null, choices), ct);
        Error = result.Problem;
        Saved = result.IsSuccess;
        await OnGetAsync(null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostLineCodeAsync(CancellationToken ct)
    {
        var result = await mediator.Send(new StartLineLink(), ct);
        Error = result.Problem;
        LineCode = result.Value;
        if (LineCode?.AddFriendUrl is { } url)
        {
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
            AddFriendQr = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
        }
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
