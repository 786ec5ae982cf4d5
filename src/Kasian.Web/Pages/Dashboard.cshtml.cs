using Kasian.Web.Features.Dashboard;
using Mediator;

namespace Kasian.Web.Pages;

/// <summary>Pending and overdue memos per step, and median time per step over 30 and 90 days, as server-rendered SVG bars.</summary>
public sealed class DashboardModel(IMediator mediator) : KasianPageModel
{
    public DashboardView? View { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var result = await mediator.Send(new GetDashboard(), ct);
        if (result.Problem is { } problem) Error = problem;
        else View = result.Value;
    }

    /// <summary>Chart geometry: bars scale to the largest value, and an empty chart still draws its axis.</summary>
    public const int ChartWidth = 640;
    public const int LabelGap = 22;
    public const int BarHeight = 18;
    public const int RowHeight = 64;
    public const int BarArea = 470;

    public static double Scale(double value, double max) => max <= 0 ? 0 : Math.Round(value / max * BarArea, 1);
}
