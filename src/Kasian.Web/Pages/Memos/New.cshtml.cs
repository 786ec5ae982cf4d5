using Kasian.Web.Features.Me;
using Kasian.Web.Features.Memos;
using Kasian.Web.Features.Routes;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Pages.Memos;

/// <summary>Compose a memo: it is saved as a draft (with its first attachment, if one is chosen) and opened on its own page.</summary>
public sealed class NewModel(IMediator mediator, IOptions<KasianOptions> options) : KasianPageModel
{
    [BindProperty]
    public MemoForm Form { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The route chosen; the list is shown only when the office has more than one (the file routes and its own published ones).</summary>
    [BindProperty]
    public string? RouteId { get; set; }

    public IReadOnlyList<RouteView> Routes { get; private set; } = [];

    public string DefaultRoute => options.Value.Routes.Default;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if ((await mediator.Send(new GetMe(), ct)).Value is { } me) Form.Unit = $"สำนักปลัด {me.Organisation}";
        Routes = (await mediator.Send(new ListRoutes(), ct)).Value ?? [];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The file is checked first: a draft is only made when its attachment will be accepted too.
        if (Upload is { Length: > 0 } && Attachments.Check(options, Upload) is { } refused)
        {
            Error = refused;
            Response.StatusCode = refused.Status;
            return Page();
        }
        var created = await mediator.Send(new CreateMemo(RouteId, Form.ToFields()), ct);
        if (created.Problem is { } problem)
        {
            Error = problem;
            Routes = (await mediator.Send(new ListRoutes(), ct)).Value ?? [];
            return Page();
        }
        var id = created.Value!.Id;
        if (Upload is { Length: > 0 })
        {
            var attached = await Attachments.AddAsync(mediator, options, id, Upload, ct);
            if (attached is not null) return Redirect($"/memos/{id}?problem={attached.Code}");
        }
        return Redirect($"/memos/{id}");
    }
}
