using Kasian.Core.Organisation;
using Kasian.Core.Thai;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Features.StandIns;
using Kasian.Web.Memos;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Me;

/// <summary>
/// My stand-in requests, the pending ones I may decide, and what I need to ask for one: the posts I hold and
/// the colleagues I may name. One answer, so the page is one call.
/// </summary>
public sealed record ListStandIns : IRequest<Result<StandInOverview>>;

public sealed record StandInOverview(
    IReadOnlyList<StandInView> Mine,
    IReadOnlyList<StandInView> ToDecide,
    IReadOnlyList<PositionRef> Positions,
    IReadOnlyList<PersonRef> Candidates);

public sealed record PositionRef(string Code, string Title);

public sealed record StandInView(
    Guid Id,
    string Status,
    PersonRef Requester,
    PersonRef StandIn,
    PositionRef Position,
    DateOnly From,
    DateOnly To,
    string FromThai,
    string ToThai,
    string? Reason,
    DateTimeOffset CreatedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    Guid? AppointmentId);

public sealed class ListStandInsHandler(KasianDbContext db, RequestActor actor) : IRequestHandler<ListStandIns, Result<StandInOverview>>
{
    private const int Latest = 100;

    public async ValueTask<Result<StandInOverview>> Handle(ListStandIns request, CancellationToken ct)
    {
        var me = actor.Current;
        var office = db.StandInRequests.Where(r => r.OrganisationId == me.OrganisationId);
        var mine = await StandInViews.LoadAsync(db, office.Where(r => r.RequesterId == me.Person.Id), Latest, ct);

        var pending = office.Where(r => r.Status == StandInStatus.Pending && r.RequesterId != me.Person.Id);
        if (!StandInDeciders.DecidesAll(me))
        {
            var superiorIds = await StandInDeciders.SuperiorPositionIdsAsync(db, me, ct);
            pending = pending.Where(r => db.Positions.Any(p => p.Id == r.PositionId && p.SuperiorPositionId != null && superiorIds.Contains(p.SuperiorPositionId.Value)));
        }
        var toDecide = await StandInViews.LoadAsync(db, pending, Latest, ct);

        var held = me.Actor.Capacities.Where(c => c.Kind == CapacityKind.Holder).Select(c => c.Position).ToList();
        var positions = await db.Positions.AsNoTracking()
            .Where(p => p.OrganisationId == me.OrganisationId && held.Contains(p.Code))
            .OrderBy(p => p.Code).Select(p => new PositionRef(p.Code, p.Title)).ToListAsync(ct);
        var candidates = await db.People.AsNoTracking()
            .Where(p => p.OrganisationId == me.OrganisationId && p.Active && p.Id != me.Person.Id)
            .OrderBy(p => p.DisplayName).Select(p => new PersonRef(p.Username, p.DisplayName)).ToListAsync(ct);
        return new StandInOverview(mine, toDecide, positions, candidates);
    }
}

/// <summary>Stand-in requests as the API and the pages show them, with names and titles joined in one query.</summary>
public static class StandInViews
{
    public static async Task<List<StandInView>> LoadAsync(KasianDbContext db, IQueryable<StandInRequest> requests, int take, CancellationToken ct)
    {
        var rows = await (
                from r in requests
                join q in db.Positions on r.PositionId equals q.Id
                join a in db.People on r.RequesterId equals a.Id
                join s in db.People on r.StandInId equals s.Id
                orderby r.CreatedAt descending, r.Id descending
                select new
                {
                    Request = r,
                    q.Code,
                    q.Title,
                    Requester = new PersonRef(a.Username, a.DisplayName),
                    StandIn = new PersonRef(s.Username, s.DisplayName),
                    DecidedBy = db.People.Where(p => p.Id == r.DecidedBy).Select(p => p.Username).FirstOrDefault(),
                })
            .AsNoTracking().Take(take).ToListAsync(ct);
        return rows.Select(x => Of(x.Request, x.Requester, x.StandIn, new PositionRef(x.Code, x.Title), x.DecidedBy)).ToList();
    }

    public static StandInView Of(StandInRequest r, PersonRef requester, PersonRef standIn, PositionRef position, string? decidedBy) =>
        new(r.Id, r.Status.ToString().ToLowerInvariant(), requester, standIn, position, r.From, r.To,
            ThaiDate.LongForm(r.From), ThaiDate.LongForm(r.To), r.Reason, r.CreatedAt, decidedBy, r.DecidedAt, r.AppointmentId);
}

public static class ListStandInsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/stand-ins", async (IMediator mediator, CancellationToken ct) => (await mediator.Send(new ListStandIns(), ct)).ToHttp(Results.Ok))
            .WithTags("My account")
            .Produces<StandInOverview>()
            .WithName(nameof(ListStandIns))
            .WithSummary("My stand-in requests, the pending ones I may decide, the posts I hold and the colleagues I may name.");
}
