using Kasian.Web.Data;

namespace Kasian.Web.Common;

// Who may send a request. Every request is for a signed-in, active person unless it says otherwise;
// AccessBehaviour enforces these once, so no handler repeats a 401 or a role check.

/// <summary>Needs nobody signed in (first start, sign-in).</summary>
public interface IAnonymousRequest;

/// <summary>Needs one of <see cref="Required"/> in the signed-in person's own organisation.</summary>
public interface IRequiresRole
{
    Roles Required { get; }
}

/// <summary>Changes the office: its administrators only.</summary>
public interface IAdministration : IRequiresRole
{
    Roles IRequiresRole.Required => Roles.Administrator;
}

/// <summary>Reads the office's records (audit, verification): administrators and auditors.</summary>
public interface IRecordsReading : IRequiresRole
{
    Roles IRequiresRole.Required => Roles.Administrator | Roles.Auditor;
}

/// <summary>Runs the installation (other offices, the national holiday list, the global sweep).</summary>
public interface IInstallationAdministration : IRequiresRole
{
    Roles IRequiresRole.Required => Roles.InstallationAdministrator;
}

/// <summary>
/// Loads its own actor, together with what it acts on, in one round trip (the memo action hot path):
/// the behaviour checks only that someone is signed in, and the handler refuses a missing or inactive account.
/// </summary>
public interface ILoadsOwnActor;
