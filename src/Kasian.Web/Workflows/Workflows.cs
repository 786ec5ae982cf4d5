using Kasian.Core.Calendar;
using Kasian.Core.Routes;

namespace Kasian.Web.Workflows;

/// <summary>The route catalog and working calendar loaded at start-up; read-only afterwards.</summary>
public sealed class WorkflowLibrary
{
    private RouteCatalog? _routes;

    public RouteCatalog Routes => _routes ?? throw new InvalidOperationException("Routes are loaded at start-up, before requests are served.");

    public WorkingCalendar Calendar { get; private set; } = WorkingCalendar.WithoutHolidays;

    internal void Load(RouteCatalog routes, WorkingCalendar calendar)
    {
        _routes = routes;
        Calendar = calendar;
    }
}
