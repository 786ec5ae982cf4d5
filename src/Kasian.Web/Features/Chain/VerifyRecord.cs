using Kasian.Web.Chain;
using Kasian.Web.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Chain;

/// <summary>Verifies the caller's office's record against its chain and its stored digests (administrators and auditors).</summary>
public sealed record VerifyRecord : IRequest<Result<RecordVerification>>, IRecordsReading;

public sealed record FindingView(string Code, Guid? MemoId, string? Number, int? Sequence, string Detail);

public sealed record RecordVerification(
    string Organisation, bool Intact, long Events, long Position, string Head, int Unsealed, IReadOnlyList<FindingView> Findings, double Milliseconds);

public sealed class VerifyRecordHandler(ChainVerifier verifier, RecordDigests digests, Data.KasianDbContext db, RequestActor actor) : IRequestHandler<VerifyRecord, Result<RecordVerification>>
{
    public async ValueTask<Result<RecordVerification>> Handle(VerifyRecord request, CancellationToken ct)
    {
        var organisation = actor.Current.OrganisationId;
        var code = await db.Organisations.Where(o => o.Id == organisation).Select(o => o.Code).SingleAsync(ct);
        var (anchors, _) = await digests.AnchorsAsync(null, ct);
        var report = await verifier.VerifyAsync(code, anchors, ct);
        var chain = report.Chains.Single();
        return new RecordVerification(code, chain.Intact, chain.Events, chain.Position, chain.Head, chain.Unsealed,
            chain.Findings.Select(f => new FindingView(f.Code, f.MemoId, f.Number, f.Sequence, f.Detail)).ToList(), report.Took.TotalMilliseconds);
    }
}

public static class VerifyRecordEndpoint
{
    public static void Map(RouteGroupBuilder record) =>
        record.MapGet("/verify", async (Mediator.IMediator mediator, CancellationToken ct) => (await mediator.Send(new VerifyRecord(), ct)).ToHttp(Results.Ok))
            .Produces<RecordVerification>()
            .WithName(nameof(VerifyRecord))
            .WithSummary("Verifies the office's record: every event against the hash chain, every memo row against its events, the chain against its signed digests.");
}
