using Kasian.Web.Common;
using Kasian.Web.Features.Me;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Kasian.Web.Pages.Account;

/// <summary>Change my password: the ChangePassword request, with the new password typed twice so a slip does not lock me out.</summary>
public sealed class PasswordModel(IMediator mediator, Texts texts) : KasianPageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public bool Changed { get; private set; }

    public void OnGet(bool changed) => Changed = changed;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (NewPassword != ConfirmPassword)
        {
            Error = Problem.Invalid("confirmPassword", texts["account.password.mismatch"]);
            return Page();
        }
        var result = await mediator.Send(new ChangePassword(CurrentPassword, NewPassword), ct);
        if (result.Problem is { } problem)
        {
            Error = problem;
            return Page();
        }
        // Post, redirect, get: a reload does not send the passwords again.
        return Redirect("/account/password?changed=true");
    }

    public string? ErrorOf(string field) => Error?.Errors?.TryGetValue(field, out var messages) == true ? string.Join(" ", messages) : null;
}
