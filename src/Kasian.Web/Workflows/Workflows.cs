using Kasian.Core.Calendar;
using Kasian.Core.Routes;

namespace Kasian.Web.Workflows;

/// <summary>
/// The route catalog and the calendar files loaded at start-up; read-only afterwards. A memo's working calendar is
/// its office's (<see cref="OfficeCalendars"/>), which adds the holiday lists administrators publish to these files.
/// </summary>
public sealed class WorkflowLibrary
{
    private RouteCatalog? _routes;

    public RouteCatalog Routes => _routes ?? throw new InvalidOperationException("Routes are loaded at start-up, before requests are served.");

    public HolidayFile HolidayFile { get; private set; } = HolidayFile.Empty;

    internal void Load(RouteCatalog routes, HolidayFile holidays)
    {
        _routes = routes;
        HolidayFile = holidays;
    }
}
