using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Reminders;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin;

/// <summary>
/// Runs the reminder sweep now, as the recurring job would at its next minute: for an administrator
/// after maintenance, or to check a channel. Safe to run any number of times on any node, because the
/// ledger makes each reminder happen once.
/// </summary>
public sealed record RunReminderSweep : IRequest<Result<SweepResult>>;

public sealed class RunReminderSweepHandler(KasianDbContext db, ReminderSweep sweep, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RunReminderSweep, Result<SweepResult>>
{
    public async ValueTask<Result<SweepResult>> Handle(RunReminderSweep request, CancellationToken ct)
    {
        if (user.Id is not { } id) return new Problem(401, "unauthorized", "Sign in first", "No signed-in user.");
        if (!await db.People.AnyAsync(p => p.Id == id && p.IsAdministrator, ct))
            return Problem.Forbidden("not-administrator", "Only administrators may run the reminder sweep.");
        return await sweep.RunAsync(clock.GetUtcNow(), ct);
    }
}

public static class RunReminderSweepEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/admin/reminders/sweep", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RunReminderSweep(), ct)).ToHttp(Results.Ok))
            .WithTags("Administration").WithName(nameof(RunReminderSweep))
            .WithSummary("Run the reminder sweep now (administrators only); answers how many reminders and deliveries it found due.");
}
