using System.Globalization;
using System.Text.Json;
using Kasian.Web.Chain;
using Kasian.Web.Common;
using Mediator;

namespace Kasian.Web.Features.Chain;

/// <summary>The office's signed digests, newest first, or the one of a day (administrators and auditors): files to keep outside the database.</summary>
public sealed record ListDigests(string? Day = null) : IRequest<Result<List<DigestFile>>>, IRecordsReading;

public sealed class ListDigestsHandler(RecordDigests digests, RequestActor actor) : IRequestHandler<ListDigests, Result<List<DigestFile>>>
{
    public async ValueTask<Result<List<DigestFile>>> Handle(ListDigests request, CancellationToken ct)
    {
        DateOnly? day = null;
        if (request.Day is not null)
        {
            if (!DateOnly.TryParseExact(request.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return Problem.Invalid("day", "day is a date written yyyy-MM-dd (Gregorian), e.g. 2026-11-24.");
            day = d;
        }
        var files = await digests.FilesAsync(actor.Current.OrganisationId, day, ct);
        if (day is not null && files.Count == 0) return Problem.NotFound($"The digest of {request.Day}");
        return files.ToList();
    }
}

public static class ListDigestsEndpoint
{
    public static void Map(RouteGroupBuilder record)
    {
        record.MapGet("/digests", async (Mediator.IMediator mediator, CancellationToken ct) => (await mediator.Send(new ListDigests(), ct)).ToHttp(Results.Ok))
            .Produces<IReadOnlyList<DigestFile>>()
            .WithName(nameof(ListDigests))
            .WithSummary("The office's signed digests, newest first.");
        record.MapGet("/digests/{day}", async (string day, Mediator.IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListDigests(day), ct)).ToHttp(files => Results.File(
                    JsonSerializer.SerializeToUtf8Bytes(files[0], DigestFile.Json), "application/json", files[0].FileName)))
            .Produces<DigestFile>()
            .WithName("GetDigestFile")
            .WithSummary("The digest of one day (yyyy-MM-dd) as a file to keep outside the database; `verify --digests DIR` checks the chain against such files.");
    }
}
