using Kasian.Web.Common;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kasian.Web.Pages;

/// <summary>A page that shows a handler's problem, when there is one, above its content.</summary>
public abstract class KasianPageModel : PageModel
{
    public Problem? Error { get; protected set; }
}
