using System.Text.Json;
using Kasian.Web.Data;
using Kasian.Web.Memos;

namespace Kasian.Web.Common;

/// <summary>Records an administrative change in the caller's unit of work, so the change and its record commit together.</summary>
public static class Audit
{
    public static void Record(KasianDbContext db, RequestActor actor, DateTimeOffset at, string action, string entityType, Guid? entityId, object details) =>
        Record(db, actor.Current.OrganisationId, actor.Current.Person, actor.Address, at, action, entityType, entityId, details);

    public static void Record(KasianDbContext db, Guid organisationId, Person by, string? address, DateTimeOffset at, string action, string entityType, Guid? entityId, object details) =>
        db.AuditRecords.Add(new AuditRecord
        {
            OrganisationId = organisationId,
            At = at,
            ActorId = by.Id,
            ActorUsername = by.Username,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Details = JsonSerializer.Serialize(details, EventJson.Options),
            Address = address,
        });
}
