using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Memos;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Me;

public sealed record GetMe : IRequest<Result<MeResponse>>;

/// <param name="Roles">Role codes (administrator, clerk, auditor, installation-administrator); added after <paramref name="IsAdministrator"/>, which stays for existing clients.</param>
public sealed record MeResponse(string Username, string DisplayName, string? Email, bool IsAdministrator, string Organisation, IReadOnlyList<CapacityView> Capacities,
    IReadOnlyList<string> Roles);

public sealed class GetMeHandler(KasianDbContext db, RequestActor user) : IRequestHandler<GetMe, Result<MeResponse>>
{
    public async ValueTask<Result<MeResponse>> Handle(GetMe request, CancellationToken ct)
    {
        var (person, actor) = user.Current;
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == person.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        return new MeResponse(person.Username, person.DisplayName, person.Email, person.IsAdministrator, organisation,
            actor.Capacities.Select(CapacityView.Of).ToList(), RoleNames.Codes(person.Roles));
    }
}

public static class GetMeEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me", async (IMediator mediator, CancellationToken ct) => (await mediator.Send(new GetMe(), ct)).ToHttp(Results.Ok))
            .Produces<MeResponse>()
            .WithName(nameof(GetMe))
            .WithSummary("Who I am, and the positions I hold or act in today.");
}
