using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Web.Common;
using Kasian.Web.Memos;
using Mediator;

namespace Kasian.Web.Features.Memos;

/// <summary>
/// Endorse or approve several memos at once: each item is its own decision, through <see cref="MemoActions"/> exactly
/// as a single action (its own transaction, its own events, its own refusal). Reject and return need a reason written
/// for one memo, so they are never bulk.
/// </summary>
public sealed record BulkDecide(string? Action, string? Comment, IReadOnlyList<BulkItem?>? Items) : IRequest<Result<BulkDecisions>>
{
    /// <summary>A page of the inbox and then some; a longer list is a script, which can send several requests.</summary>
    public const int MaxItems = 50;

    public static readonly string[] Actions = ["endorse", "approve"];

    /// <summary>The whole request is checked before any item is acted on: a bad request changes nothing.</summary>
    public Problem? Validate()
    {
        var checks = new Checks();
        if (Action is null || !Actions.Contains(Action))
            checks.Fail("action", $"action must be one of {string.Join(", ", Actions)}; reject and return are decided one memo at a time.");
        if (Comment?.Length > StepActionBody.MaxText)
            checks.Fail("comment", $"The comment is {Comment.Length} characters; at most {StepActionBody.MaxText} are allowed.");
        if (Items is not { Count: > 0 and <= MaxItems })
        {
            checks.Fail("items", $"items must list 1 to {MaxItems} memos ({{memoId, stepId}}); it lists {Items?.Count ?? 0}.");
            return checks.Problem;
        }
        var seen = new HashSet<Guid>();
        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i] is not { } item) { checks.Fail($"items[{i}]", "Each item is an object {memoId, stepId}."); continue; }
            if (item.MemoId is not { } id || id == Guid.Empty) checks.Fail($"items[{i}].memoId", "memoId is required.");
            else if (!seen.Add(id)) checks.Fail($"items[{i}].memoId", $"The memo {id} is listed twice; list each memo once.");
            if (string.IsNullOrWhiteSpace(item.StepId)) checks.Fail($"items[{i}].stepId", "stepId is required: name the step you are acting on (currentStep.id).");
        }
        return checks.Problem;
    }

    public MemoCommand CommandFor(BulkItem item) =>
        Action == "approve" ? new Approve(item.StepId!, Comment) : new Endorse(item.StepId!, Comment);
}

/// <summary>One memo of a bulk decision, at the step the caller saw it waiting at.</summary>
public sealed record BulkItem(Guid? MemoId, string? StepId);

/// <param name="Result"><c>ok</c>, or the refusal's code (<c>step-moved-on</c>, <c>not-your-step</c>, <c>wrong-action-for-step</c>, <c>not-found</c>, ...).</param>
/// <param name="Detail">Why it was refused; null when ok.</param>
/// <param name="Status">Where the memo now stands, when ok.</param>
/// <param name="CurrentStepId">The step it now waits at, when ok and still pending.</param>
public sealed record BulkItemResult(Guid MemoId, string StepId, string Result, string? Detail, string? Status, string? CurrentStepId)
{
    public const string Ok = "ok";

    public bool Succeeded => Result == Ok;
}

/// <summary>One result per item, in the order the items were sent.</summary>
public sealed record BulkDecisions(IReadOnlyList<BulkItemResult> Results);

public sealed class BulkDecideHandler(MemoActions actions) : IRequestHandler<BulkDecide, Result<BulkDecisions>>
{
    public async ValueTask<Result<BulkDecisions>> Handle(BulkDecide request, CancellationToken ct)
    {
        if (request.Validate() is { } invalid) return invalid;
        var results = new List<BulkItemResult>(request.Items!.Count);
        // One after another, each committed before the next: a refusal or a lost race on one memo leaves the others' decisions standing.
        foreach (var item in request.Items!)
        {
            var acted = await actions.ActBrieflyAsync(item!.MemoId!.Value, request.CommandFor(item), ct);
            results.Add(acted.Value is { } a
                ? new BulkItemResult(a.Id.Value, item.StepId!, BulkItemResult.Ok, null, a.Status.ToCode(), a.CurrentStepId)
                : new BulkItemResult(item.MemoId.Value, item.StepId!, acted.Problem!.Code, acted.Problem.Detail, null, null));
        }
        return new BulkDecisions(results);
    }
}

public static class BulkDecideEndpoint
{
    public static void Map(RouteGroupBuilder memos) =>
        memos.MapPost("/bulk", async (BulkDecide body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(body, ct)).ToHttp(Results.Ok))
            .Produces<BulkDecisions>()
            .WithName(nameof(BulkDecide))
            .WithSummary("Endorse or approve several memos at once ({action: endorse|approve, comment, items: [{memoId, stepId}]}, at most 50): "
                + "each item is its own decision with its own events; 200 with one result per item, in order: ok or the refusal code. "
                + "Reject and return are never bulk. An invalid request (400) acts on nothing.");
}
