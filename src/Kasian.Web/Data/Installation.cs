namespace Kasian.Web.Data;

/// <summary>
/// The one row that says first start is over. Its fixed key makes two simultaneous setups collide in the
/// database, so exactly one creates the first office and administrator.
/// </summary>
public sealed class Installation
{
    public const int TheOne = 1;

    public int Id { get; set; } = TheOne;

    public DateTimeOffset SetUpAt { get; set; }

    public Guid FirstOrganisationId { get; set; }
}
