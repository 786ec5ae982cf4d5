namespace Kasian.Web.Data;

/// <summary>What a person may do besides acting in their positions. Stored as a number (flags) so a query can test one role.</summary>
[Flags]
public enum Roles
{
    None = 0,

    /// <summary>Runs one office: its units, positions, people, appointments, calendars and stuck memos.</summary>
    Administrator = 1,

    /// <summary>สารบรรณ: tracks every memo of the office (reads all), acts on none.</summary>
    Clerk = 2,

    /// <summary>Reads everything of the office, including the audit record; changes nothing.</summary>
    Auditor = 4,

    /// <summary>Runs the installation: creates offices, edits the national holiday list, reaches the job dashboard.</summary>
    InstallationAdministrator = 8,
}
