using Kasian.Core.Calendar;
using Kasian.Core.Routes;

namespace Kasian.Core.Engine;

/// <summary>Everything a decision depends on besides the memo and the command. The clock is a value here, so the engine stays pure.</summary>
/// <param name="StaffedPositions">
/// The office's positions that someone holds, acts in or is delegated to today, when the host has read them (it does for a
/// submission): a memo is then not sent to a vacant first step. Null means unknown, and nothing is refused for it.
/// </param>
public sealed record DecisionContext(RouteDefinition Route, Actor Actor, DateTimeOffset Now, WorkingCalendar Calendar, IReadOnlySet<string>? StaffedPositions = null);
