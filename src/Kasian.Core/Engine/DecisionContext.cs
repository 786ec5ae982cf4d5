using Kasian.Core.Calendar;
using Kasian.Core.Routes;

namespace Kasian.Core.Engine;

/// <summary>Everything a decision depends on besides the memo and the command. The clock is a value here, so the engine stays pure.</summary>
public sealed record DecisionContext(RouteDefinition Route, Actor Actor, DateTimeOffset Now, WorkingCalendar Calendar);
