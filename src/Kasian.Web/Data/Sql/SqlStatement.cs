using System.Data.Common;

namespace Kasian.Web.Data.Sql;

/// <summary>
/// One statement of a unit of work: its SQL, and how to set its parameters starting at a position in a command's
/// parameter list (<see cref="Bind"/> returns the next free position). Several share one command where that saves
/// round trips (<see cref="SqlSession.ExecuteAsync"/>), so each names its parameters with its own prefix.
/// </summary>
public sealed record SqlStatement(string Sql, Func<DbCommand, int, int> Bind);
