using System.Security.Claims;
using Kasian.Core.Memos;

namespace Kasian.Web.Common;

/// <summary>Who is asking, and from where. A seam: HTTP requests, pages and background jobs each supply their own.</summary>
public interface ICurrentUser
{
    PersonId? Id { get; }

    string? Address { get; }

    /// <summary>The session the credentials name when its check was left to the handler's first read (<see cref="Auth.ChecksSessionInAction"/>).</summary>
    Guid? PendingSession => null;
}

public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public PersonId? Id =>
        Guid.TryParse(accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? new PersonId(id) : null;

    public string? Address => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public Guid? PendingSession => accessor.HttpContext?.Features.Get<Auth.PendingSessionCheck>()?.SessionId;
}
