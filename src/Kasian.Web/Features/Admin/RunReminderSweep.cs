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
/// <remarks>Sweeps every office, so it is the installation's administrators' to run.</remarks>
public sealed record RunReminderSweep : IRequest<Result<SweepResult>>, IInstallationAdministration;

public sealed class RunReminderSweepHandler(ReminderSweep sweep, TimeProvider clock)
    : IRequestHandler<RunReminderSweep, Result<SweepResult>>
{
    public async ValueTask<Result<SweepResult>> Handle(RunReminderSweep request, CancellationToken ct)
    {
        return await sweep.RunAsync(clock.GetUtcNow(), ct);
    }
}

public static class RunReminderSweepEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/admin/reminders/sweep", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RunReminderSweep(), ct)).ToHttp(Results.Ok))
            .Produces<SweepResult>()
            .WithTags("Administration").WithName(nameof(RunReminderSweep))
            .WithSummary("Run the reminder sweep now (administrators only); answers how many reminders and deliveries it found due.");
}
