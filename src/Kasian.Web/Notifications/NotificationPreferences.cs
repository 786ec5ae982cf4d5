using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Notifications;

/// <summary>How I want reminders: in-app always; e-mail, LINE and a webhook if I choose them.</summary>
public sealed record NotificationPreferences(bool Email, string? EmailAddress, string? LineUserId, string? WebhookUrl);

public sealed record GetNotificationPreferences : IRequest<Result<NotificationPreferences>>;

public sealed record SetNotificationPreferences(bool Email, string? LineUserId, string? WebhookUrl) : IRequest<Result<NotificationPreferences>>;

public sealed class NotificationPreferencesHandlers(KasianDbContext db, RequestActor user, IOptions<NotificationOptions> options) :
    IRequestHandler<GetNotificationPreferences, Result<NotificationPreferences>>,
    IRequestHandler<SetNotificationPreferences, Result<NotificationPreferences>>
{
    public async ValueTask<Result<NotificationPreferences>> Handle(GetNotificationPreferences request, CancellationToken ct) =>
        await MeAsync(ct) is { } person ? View(person) : Problem.NotFound("The account");

    public async ValueTask<Result<NotificationPreferences>> Handle(SetNotificationPreferences request, CancellationToken ct)
    {
        if (await MeAsync(ct) is not { } person) return Problem.NotFound("The account");
        var errors = new Dictionary<string, string[]>();
        if (request.Email && string.IsNullOrWhiteSpace(person.Email)) errors["email"] = ["Your account has no e-mail address."];
        if (request.LineUserId is { Length: > 64 }) errors["lineUserId"] = ["A LINE user id is at most 64 characters."];
        if (request.WebhookUrl is { Length: > 0 } url &&
            (url.Length > 500 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
            errors["webhookUrl"] = ["The webhook must be an absolute http(s) URL of at most 500 characters."];
        else if (request.WebhookUrl is { Length: > 0 } && OutboundTargets.RefusalFor(request.WebhookUrl.Trim(), options.Value.AllowPrivateTargets) is { } refusal)
            errors["webhookUrl"] = [$"Kasian does not call loopback, private, link-local, unspecified or multicast addresses, and {refusal}."];
        if (errors.Count > 0) return Problem.Invalid(errors);

        person.NotifyByEmail = request.Email;
        person.LineUserId = Kasian.Core.Memos.VisibleText.OrNull(request.LineUserId);
        person.WebhookUrl = string.IsNullOrWhiteSpace(request.WebhookUrl) ? null : request.WebhookUrl.Trim();
        await db.SaveChangesAsync(ct);
        return View(person);
    }

    private async Task<Person?> MeAsync(CancellationToken ct)
    {
        var id = user.Current.Person.Id;
        return await db.People.SingleOrDefaultAsync(p => p.Id == id, ct);
    }

    private static NotificationPreferences View(Person p) => new(p.NotifyByEmail, p.Email, p.LineUserId, p.WebhookUrl);
}

public static class NotificationPreferencesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/me/notifications", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetNotificationPreferences(), ct)).ToHttp(Results.Ok))
            .Produces<NotificationPreferences>()
            .WithTags("Notifications").WithName(nameof(GetNotificationPreferences))
            .WithSummary("The channels my reminders come by.");
        api.MapPut("/me/notifications", async (SetNotificationPreferences request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(request, ct)).ToHttp(Results.Ok))
            .Produces<NotificationPreferences>()
            .WithTags("Notifications").WithName(nameof(SetNotificationPreferences))
            .WithSummary("Chooses the channels my reminders come by (in-app is always on).");
    }
}
