using Kasian.Web.Common;
using Kasian.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Notifications;

/// <summary>One kind of notification on one channel: <c>immediate</c>, <c>digest</c> (once a day, 08:30 on working days) or <c>off</c>.</summary>
public sealed record ChoiceView(string Kind, string Channel, string Mode);

/// <summary>
/// How I want notifications: in-app always; e-mail, LINE and a webhook if I set them up; per kind and channel
/// immediate, in the daily digest, or off; and quiet hours (LINE, e-mail and webhook outside office hours wait for the next opening).
/// </summary>
public sealed record NotificationPreferences(bool Email, string? EmailAddress, string? LineUserId, string? WebhookUrl, bool QuietHours,
    IReadOnlyList<ChoiceView> Choices);

public sealed record GetNotificationPreferences : IRequest<Result<NotificationPreferences>>;

/// <param name="QuietHours">Null leaves it as it is.</param>
/// <param name="Choices">Only the (kind, channel) pairs named change; null changes none.</param>
public sealed record SetNotificationPreferences(bool Email, string? LineUserId, string? WebhookUrl, bool? QuietHours = null, IReadOnlyList<ChoiceView>? Choices = null)
    : IRequest<Result<NotificationPreferences>>;

public sealed class NotificationPreferencesHandlers(KasianDbContext db, RequestActor user, IOptions<NotificationOptions> options) :
    IRequestHandler<GetNotificationPreferences, Result<NotificationPreferences>>,
    IRequestHandler<SetNotificationPreferences, Result<NotificationPreferences>>
{
    private static readonly string[] Modes = ["immediate", "digest", "off"];

    public async ValueTask<Result<NotificationPreferences>> Handle(GetNotificationPreferences request, CancellationToken ct) =>
        await MeAsync(ct) is { } person ? await ViewAsync(person, ct) : Problem.NotFound("The account");

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
        var choices = request.Choices ?? [];
        for (var i = 0; i < choices.Count; i++)
        {
            var c = choices[i];
            if (c is null) errors[$"choices[{i}]"] = ["A choice names a kind, a channel and a mode."];
            else if (NotificationKinds.Parse(c.Kind) is null)
                errors[$"choices[{i}].kind"] = [$"'{c.Kind}' is not a kind of notification; one of {string.Join(", ", NotificationKinds.All.Select(NotificationKinds.Code))}."];
            else if (!NotificationKinds.ChoosableChannels.Contains(c.Channel))
                errors[$"choices[{i}].channel"] = [$"'{c.Channel}' is not a channel one chooses for (in-app is always on); one of {string.Join(", ", NotificationKinds.ChoosableChannels)}."];
            else if (!Modes.Contains(c.Mode))
                errors[$"choices[{i}].mode"] = [$"'{c.Mode}' is not a mode; one of {string.Join(", ", Modes)}."];
        }
        if (errors.Count > 0) return Problem.Invalid(errors);

        person.NotifyByEmail = request.Email;
        person.LineUserId = Kasian.Core.Memos.VisibleText.OrNull(request.LineUserId);
        person.WebhookUrl = string.IsNullOrWhiteSpace(request.WebhookUrl) ? null : request.WebhookUrl.Trim();
        if (request.QuietHours is { } quiet)
        {
            var profile = await db.NotificationProfiles.SingleOrDefaultAsync(p => p.PersonId == person.Id, ct);
            if (profile is null) db.NotificationProfiles.Add(profile = new NotificationProfile { PersonId = person.Id });
            profile.QuietHours = quiet;
        }
        var stored = await db.NotificationChoices.Where(c => c.PersonId == person.Id).ToListAsync(ct);
        foreach (var c in choices.DistinctBy(c => (c.Kind, c.Channel)))
        {
            var kind = NotificationKinds.Parse(c.Kind)!.Value;
            var mode = Enum.Parse<DeliveryMode>(c.Mode, ignoreCase: true);
            var row = stored.FirstOrDefault(s => s.Kind == kind && s.Channel == c.Channel);
            // Immediate is what no row means, so it is stored as no row.
            if (mode == DeliveryMode.Immediate) { if (row is not null) db.NotificationChoices.Remove(row); }
            else if (row is null) db.NotificationChoices.Add(new NotificationChoice { PersonId = person.Id, Kind = kind, Channel = c.Channel, Mode = mode });
            else row.Mode = mode;
        }
        await db.SaveChangesAsync(ct);
        return await ViewAsync(person, ct);
    }

    private async Task<Person?> MeAsync(CancellationToken ct)
    {
        var id = user.Current.Person.Id;
        return await db.People.SingleOrDefaultAsync(p => p.Id == id, ct);
    }

    private async Task<NotificationPreferences> ViewAsync(Person p, CancellationToken ct)
    {
        var stored = await db.NotificationChoices.AsNoTracking().Where(c => c.PersonId == p.Id).ToListAsync(ct);
        var quiet = await db.NotificationProfiles.AsNoTracking().Where(x => x.PersonId == p.Id).Select(x => x.QuietHours).FirstOrDefaultAsync(ct);
        var choices = (from kind in NotificationKinds.All
                       from channel in NotificationKinds.ChoosableChannels
                       let mode = stored.FirstOrDefault(s => s.Kind == kind && s.Channel == channel)?.Mode ?? DeliveryMode.Immediate
                       select new ChoiceView(NotificationKinds.Code(kind), channel, mode.ToString().ToLowerInvariant())).ToList();
        return new(p.NotifyByEmail, p.Email, p.LineUserId, p.WebhookUrl, quiet, choices);
    }
}

public static class NotificationPreferencesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/me/notifications", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetNotificationPreferences(), ct)).ToHttp(Results.Ok))
            .Produces<NotificationPreferences>()
            .WithTags("Notifications").WithName(nameof(GetNotificationPreferences))
            .WithSummary("The channels my notifications come by, my choice per kind and channel, and quiet hours.");
        api.MapPut("/me/notifications", async (SetNotificationPreferences request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(request, ct)).ToHttp(Results.Ok))
            .Produces<NotificationPreferences>()
            .WithTags("Notifications").WithName(nameof(SetNotificationPreferences))
            .WithSummary("Chooses the channels my notifications come by (in-app is always on), per kind immediate, digest or off, and quiet hours.");
    }
}
