using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Web.Common;
using Kasian.Web.Memos;
using Mediator;

namespace Kasian.Web.Features.Memos;

/// <summary>
/// The body of every step action. <see cref="StepId"/> names the step acted on, so a double click,
/// a stale page, or one person holding two consecutive steps never acts twice by accident.
/// </summary>
public sealed record StepActionBody(string? StepId, string? Comment, string? Reason)
{
    public const int MaxText = 4_000;

    public Problem? Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(StepId)) errors["stepId"] = ["stepId is required: name the step you are acting on (currentStep.id)."];
        if (Comment?.Length > MaxText) errors["comment"] = [$"The comment is {Comment.Length} characters; at most {MaxText} are allowed."];
        if (Reason?.Length > MaxText) errors["reason"] = [$"The reason is {Reason.Length} characters; at most {MaxText} are allowed."];
        return errors.Count > 0 ? Problem.Invalid(errors) : null;
    }
}

/// <summary>A step action's request: which memo, the engine command it asks for, and whether the whole memo should come back.</summary>
public interface IStepActionRequest : IRequest<Result<StepActionResult>>, ILoadsOwnActor
{
    Guid MemoId { get; }

    StepActionBody Body { get; }

    /// <summary>The caller wants only where the memo now stands (<c>Prefer: return=minimal</c>), not the whole memo read back.</summary>
    bool Brief { get; }

    MemoCommand ToCommand();
}

/// <summary>Where the memo stands after the action, and the whole memo unless the caller asked for the brief answer.</summary>
public sealed record StepActionResult(MemoActed Acted, MemoDetails? Details);

/// <summary>The brief answer on the wire.</summary>
public sealed record MemoActedView(Guid Id, string Status, string? CurrentStepId, int Version);

public static class StepActions
{
    /// <summary>Validates the body, then hands the command to <see cref="MemoActions"/>: the shared half of every step action's handler.</summary>
    public static async ValueTask<Result<StepActionResult>> RunAsync(MemoActions actions, IStepActionRequest request, CancellationToken ct)
    {
        if (request.Body.Validate() is { } invalid) return invalid;
        var result = await actions.ActBrieflyAsync(request.MemoId, request.ToCommand(), ct);
        if (result.Value is not { } acted) return result.Problem!;
        if (request.Brief) return new StepActionResult(acted, null);
        var details = await actions.DescribeAsync(acted, ct);
        return details.IsSuccess ? new StepActionResult(acted, details.Value) : details.Problem!;
    }

    /// <summary>
    /// Maps POST /api/memos/{id}/{action}. The answer is the whole memo, or, when the request carries
    /// <c>Prefer: return=minimal</c> (RFC 7240), only its id, status, current step and version.
    /// </summary>
    public static RouteHandlerBuilder MapStepAction<TRequest>(this RouteGroupBuilder memos, string action, Func<Guid, StepActionBody, bool, TRequest> create)
        where TRequest : IStepActionRequest =>
        memos.MapPost($"/{{id:guid}}/{action}", async (Guid id, StepActionBody body, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var brief = PrefersMinimal(http.Request);
                var result = await mediator.Send(create(id, body, brief), ct);
                return result.ToHttp(r =>
                {
                    if (r.Details is { } details) return Results.Ok(details);
                    http.Response.Headers["Preference-Applied"] = "return=minimal";
                    return Results.Ok(new MemoActedView(r.Acted.Id.Value, r.Acted.Status.ToCode(), r.Acted.CurrentStepId, r.Acted.Version));
                });
            })
            .Produces<MemoDetails>()
            .WithMetadata(Kasian.Web.Auth.ChecksSessionInAction.Instance)
            .WithName(typeof(TRequest).Name);

    private static bool PrefersMinimal(HttpRequest request) =>
        request.Headers["Prefer"].Any(v => v is not null && v.Contains("return=minimal", StringComparison.OrdinalIgnoreCase));
}
