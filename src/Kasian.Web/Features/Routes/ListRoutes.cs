using Kasian.Web.Workflows;
using Mediator;

namespace Kasian.Web.Features.Routes;

public sealed record ListRoutes : IRequest<IReadOnlyList<RouteView>>;

public sealed record RouteView(string Id, int Version, string Name, string? NameEn, IReadOnlyList<RouteStepView> Steps);

public sealed record RouteStepView(string Id, string Title, string Position, string Action, string? Due, string Clock, string? EscalateTo);

public sealed class ListRoutesHandler(WorkflowLibrary workflows) : IRequestHandler<ListRoutes, IReadOnlyList<RouteView>>
{
    public ValueTask<IReadOnlyList<RouteView>> Handle(ListRoutes request, CancellationToken ct) =>
        ValueTask.FromResult<IReadOnlyList<RouteView>>(workflows.Routes.Latest
            .Select(r => new RouteView(r.Id, r.Version, r.Name.Th, r.Name.En,
                r.Steps.Select(s => new RouteStepView(s.Id, s.Title, s.Position, s.Action.ToString().ToLowerInvariant(),
                    s.Due?.ToString(), s.Clock.ToString().ToLowerInvariant(), s.EscalateTo)).ToList()))
            .ToList());
}

public static class ListRoutesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/routes", async (IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new ListRoutes(), ct)))
            .Produces<IReadOnlyList<RouteView>>()
            .WithName(nameof(ListRoutes))
            .WithSummary("The route definitions loaded now (latest version of each).");
}
