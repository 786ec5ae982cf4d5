using Kasian.Core.Memos;
using Kasian.Web.Data;

namespace Kasian.Web.Memos;

/// <summary>Who did something, as stored on the event envelope.</summary>
public sealed record EventActor(PersonId? Id, string? Username, string? Name, string? Address)
{
    public static EventActor System { get; } = new(null, "kasian", "Kasian", null);

    public static EventActor Of(Person person, string? address) => new(person.Id, person.Username, person.DisplayName, address);
}
