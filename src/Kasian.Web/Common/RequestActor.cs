using Kasian.Core.Memos;
using Kasian.Core.Thai;
using Kasian.Web.Data;
using Kasian.Web.Memos;

namespace Kasian.Web.Common;

/// <summary>
/// The signed-in actor of one request (or one page), loaded at most once. The access behaviour loads it
/// before a handler runs; the memo action path, which reads it in the same round trip as the memo, hands
/// it over instead (<see cref="Use"/>).
/// </summary>
public sealed class RequestActor(ICurrentUser user, KasianDbContext db, TimeProvider clock)
{
    private SignedIn? _current;
    private bool _sessionChecked;

    /// <summary>Who the request's credentials name; not yet checked against the database.</summary>
    public PersonId? Id => user.Id;

    public string? Address => user.Address;

    /// <summary>A session whose check is still to be made, together with the first read (<see cref="Auth.ChecksSessionInAction"/>).</summary>
    public Guid? PendingSession => _sessionChecked ? null : user.PendingSession;

    /// <summary>The loaded actor. Only handlers behind the access behaviour may read it.</summary>
    public SignedIn Current => _current ?? throw new InvalidOperationException("The actor is loaded by AccessBehaviour before a handler runs.");

    /// <summary>The actor, or null when nobody is signed in or the account is gone or deactivated.</summary>
    public async ValueTask<SignedIn?> LoadAsync(CancellationToken ct)
    {
        if (_current is not null) return _current;
        if (Id is not { } id) return null;
        if (PendingSession is not null && !await Auth.Sessions.IsOpenAsync(db, id, PendingSession.Value, clock.GetUtcNow(), ct)) return null;
        if (await ActorLoader.LoadAsync(db, id, ThaiDate.BangkokDate(clock.GetUtcNow()), ct) is not var (person, actor)) return null;
        return person.Active ? _current = new SignedIn(person, actor) : null;
    }

    /// <summary>Hands over the actor the memo action path read itself, with the pending session (if any) checked in the same read.</summary>
    public void Use(SignedIn loaded)
    {
        _current = loaded;
        _sessionChecked = true;
    }
}
