using Kasian.Web.Common;
using Kasian.Web.Workflows;
using Mediator;

namespace Kasian.Web.Features.Routes;

/// <summary>The routes the caller may send memos on: the file routes and their own office's published routes, latest version each.</summary>
public sealed record ListRoutes : IRequest<Result<IReadOnlyList<RouteView>>>;

public sealed record RouteView(string Id, int Version, string Name, string? NameEn, IReadOnlyList<RouteStepView> Steps);

public sealed record RouteStepView(string Id, string Title, string Position, string Action, string? Due, string Clock, string? EscalateTo);

public sealed class ListRoutesHandler(WorkflowLibrary workflows, RequestActor actor) : IRequestHandler<ListRoutes, Result<IReadOnlyList<RouteView>>>
{
    public ValueTask<Result<IReadOnlyList<RouteView>>> Handle(ListRoutes request, CancellationToken ct) =>
        ValueTask.FromResult<Result<IReadOnlyList<RouteView>>>(workflows.LatestFor(actor.Current.OrganisationId)
            .Select(r => new RouteView(r.Id, r.Version, r.Name.Th, r.Name.En,
                r.Steps.Select(s => new RouteStepView(s.Id, s.Title, s.Position, s.Action.ToString().ToLowerInvariant(),
                    s.Due?.ToString(), s.Clock.ToString().ToLowerInvariant(), s.EscalateTo)).ToList()))
            .ToList());
}

public static class ListRoutesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/routes", async (IMediator mediator, CancellationToken ct) => (await mediator.Send(new ListRoutes(), ct)).ToHttp(Results.Ok))
            .Produces<IReadOnlyList<RouteView>>()
            .WithName(nameof(ListRoutes))
            .WithSummary("The routes you may send memos on (latest version of each): the installation's route files and your office's published routes.");
}
