using Kasian.Core.Engine;
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

/// <summary>A step action's request: which memo, and the engine command it asks for.</summary>
public interface IStepActionRequest : IRequest<Result<MemoDetails>>
{
    Guid MemoId { get; }

    StepActionBody Body { get; }

    MemoCommand ToCommand();
}

public static class StepActions
{
    /// <summary>Validates the body, then hands the command to <see cref="MemoActions"/>: the shared half of every step action's handler.</summary>
    public static async ValueTask<Result<MemoDetails>> RunAsync(MemoActions actions, IStepActionRequest request, CancellationToken ct) =>
        request.Body.Validate() is { } invalid ? invalid : await actions.ActAsync(request.MemoId, request.ToCommand(), ct);

    public static RouteHandlerBuilder MapStepAction<TRequest>(this RouteGroupBuilder memos, string action, Func<Guid, StepActionBody, TRequest> create)
        where TRequest : IStepActionRequest =>
        memos.MapPost($"/{{id:guid}}/{action}", async (Guid id, StepActionBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(create(id, body), ct)).ToHttp(Results.Ok))
            .WithName(typeof(TRequest).Name);
}
