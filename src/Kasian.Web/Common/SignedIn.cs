using Kasian.Core.Engine;
using Kasian.Web.Data;

namespace Kasian.Web.Common;

/// <summary>The person behind a request as they stand today: their row, their organisation, their roles and capacities.</summary>
public sealed record SignedIn(Person Person, Actor Actor)
{
    public Guid OrganisationId => Person.OrganisationId;

    public Roles Roles => Person.Roles;

    public bool HasAny(Roles roles) => (Person.Roles & roles) != 0;

    /// <summary>Reads every memo of the office (administrators, clerks, auditors), beyond those they wrote or act on.</summary>
    public bool ReadsAllMemos => HasAny(Roles.Administrator | Roles.Clerk | Roles.Auditor);
}
