namespace Kasian.Web.Auth;

/// <summary>
/// Endpoint metadata: this endpoint's handler checks the bearer token's session itself, in the same round trip
/// as its first read (the memo action path reads actor, memo and session together). The authentication handler
/// then leaves a <see cref="PendingSessionCheck"/> instead of making a round trip of its own: on PostgreSQL that
/// extra round trip cost the endorse path a third of its throughput (docs/benchmarks.md).
/// Only endpoints whose request is <see cref="Common.ILoadsOwnActor"/> and goes through
/// <see cref="Memos.MemoActions"/> may carry it; <see cref="Common.AccessBehaviour{TMessage,TResponse}"/> checks
/// the session for any other request that arrives with the check still pending.
/// </summary>
public sealed class ChecksSessionInAction
{
    public static readonly ChecksSessionInAction Instance = new();

    private ChecksSessionInAction() { }
}

/// <summary>A request feature: the session the bearer token names, whose check the handler makes in its first read.</summary>
public sealed record PendingSessionCheck(Guid SessionId);
