using Kasian.Web.Features.Admin;
using Mediator;

namespace Kasian.Web.Pages.Admin;

/// <summary>
/// The office's administration home: where to go, and the memos that need an administrator now (waiting at a
/// vacant position, or overdue), each with a way to reassign its step.
/// </summary>
public sealed class IndexModel(IMediator mediator) : AdminPageModel(mediator)
{
    public IReadOnlyList<StuckMemo>? Stuck { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadMeAsync(ct);
        var stuck = await Mediator.Send(new ListStuckMemos(), ct);
        // An installation administrator who runs no office of their own still has the offices to look after.
        if (stuck.Problem is { } problem && !(problem.Status == 403 && IsInstallationAdministrator)) Refuse(problem);
        Stuck = stuck.Value;
    }
}
