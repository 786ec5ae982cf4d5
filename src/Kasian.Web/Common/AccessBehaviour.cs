using Mediator;

namespace Kasian.Web.Common;

/// <summary>
/// The one place a request is refused for who sends it: 401 when nobody (or a deactivated account) is signed
/// in, 403 when the person lacks the role the request needs (<see cref="Access"/>). It loads the actor once
/// per request, into <see cref="RequestActor"/>, for the handler to use.
/// </summary>
public sealed class AccessBehaviour<TMessage, TResponse>(RequestActor actor) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
    where TResponse : IProblemResult<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken ct)
    {
        if (message is IAnonymousRequest) return await next(message, ct);
        if (actor.Id is null) return TResponse.Fail(Problem.Unauthorized());
        if (message is ILoadsOwnActor) return await next(message, ct);
        if (await actor.LoadAsync(ct) is not { } signedIn)
            return TResponse.Fail(Problem.Unauthorized("The signed-in account no longer exists or has been deactivated."));
        if (message is IRequiresRole role && !signedIn.HasAny(role.Required))
            return TResponse.Fail(Problem.Forbidden("forbidden", $"This needs the role {RoleNames.Describe(role.Required)}, which your account does not have."));
        return await next(message, ct);
    }
}
