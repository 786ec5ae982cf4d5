using System.Text.Json;
using Kasian.Core.Memos;
using Kasian.Web.Data;
using Kasian.Web.Chain;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kasian.Web.Tests.Chain;

/// <summary>
/// The record proves itself: an untouched database verifies, and every tampering the issue names is found, with the
/// memo and sequence named — by someone who edits the database directly, triggers set aside.
/// </summary>
public abstract class ChainVerifyTests(TestDatabase database) : IAsyncLifetime
{
    private KasianApp _app = null!;
    private Guid _memo;

    public async Task InitializeAsync()
    {
        _app = new KasianApp(database);
        _memo = await RecordKit.ApprovedMemoAsync(_app);
        await RecordKit.SealAsync(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_untouched_record_verifies_with_its_count_and_head()
    {
        var report = await RecordKit.VerifyAsync(_app);

        Assert.True(report.Intact, report.First?.ToString());
        var events = await _app.WithDbAsync(db => db.MemoEvents.LongCountAsync());
        Assert.Equal(events, report.Events);
        var phusang = Assert.Single(report.Chains, c => c.OrganisationCode == "phusang");
        Assert.Equal(phusang.Events, phusang.Position);
        Assert.Matches("^[0-9a-f]{64}$", phusang.Head);
        Assert.Equal(0, phusang.Unsealed);
    }

    [Fact]
    public async Task An_event_recorded_but_not_yet_sealed_is_no_finding_within_the_grace_period()
    {
        var thapthim = await _app.SignInAsync("thapthim");
        await thapthim.CreateMemoAsync();

        var report = await RecordKit.VerifyAsync(_app);

        Assert.True(report.Intact, report.First?.ToString());
        Assert.True(report.Chains.Single(c => c.OrganisationCode == "phusang").Unsealed >= 1);
    }

    [Fact]
    public async Task A_changed_payload_is_named_by_memo_and_sequence()
    {
        var sequence = await SequenceOfAsync("StepEndorsed");
        await RecordKit.TamperAsync(_app, """UPDATE "MemoEvents" SET "Payload" = REPLACE("Payload", 'เห็นควรเสนอปลัดพิจารณา', 'ไม่เห็นควรเสนอ') WHERE "MemoId" = @m AND "Sequence" = @s""",
            ("m", _memo), ("s", sequence));

        var first = await FirstFindingAsync();

        Assert.Equal(("event-changed", _memo, sequence), (first.Code, first.MemoId, first.Sequence));
        Assert.NotNull(first.Number);
    }

    [Fact]
    public async Task A_deleted_event_is_named_by_memo_and_sequence()
    {
        var sequence = await SequenceOfAsync("StepEndorsed");
        Assert.Equal(1, await RecordKit.TamperAsync(_app, """DELETE FROM "MemoEvents" WHERE "MemoId" = @m AND "Sequence" = @s""", ("m", _memo), ("s", sequence)));

        var first = await FirstFindingAsync();

        Assert.Equal(("event-deleted", _memo, sequence), (first.Code, first.MemoId, first.Sequence));
    }

    [Fact]
    public async Task Two_swapped_events_are_named_by_memo_and_the_first_sequence()
    {
        var sequence = await SequenceOfAsync("StepEndorsed");
        await RecordKit.TamperAsync(_app, """
            UPDATE "MemoEvents" SET "Sequence" = -1 WHERE "MemoId" = @m AND "Sequence" = @a;
            UPDATE "MemoEvents" SET "Sequence" = @a WHERE "MemoId" = @m AND "Sequence" = @b;
            UPDATE "MemoEvents" SET "Sequence" = @b WHERE "MemoId" = @m AND "Sequence" = -1;
            """, ("m", _memo), ("a", sequence), ("b", sequence + 1));

        var first = await FirstFindingAsync();

        Assert.Equal(("event-moved", _memo, sequence), (first.Code, first.MemoId, first.Sequence));
    }

    [Fact]
    public async Task A_changed_status_of_an_approved_memo_is_named()
    {
        Assert.Equal(1, await RecordKit.TamperAsync(_app, """UPDATE "Memos" SET "Status" = 'Rejected' WHERE "Id" = @m""", ("m", _memo)));

        var first = await FirstFindingAsync();

        Assert.Equal(("memo-row-differs", _memo), (first.Code, first.MemoId));
        Assert.Contains("Status", first.Detail);
    }

    [Fact]
    public async Task A_changed_body_of_an_approved_memo_is_named()
    {
        Assert.Equal(1, await RecordKit.TamperAsync(_app, """UPDATE "Memos" SET "Body" = "Body" || ' เป็นเงิน ๑๒๕,๐๐๐ บาท' WHERE "Id" = @m""", ("m", _memo)));

        var first = await FirstFindingAsync();

        Assert.Equal(("memo-row-differs", _memo), (first.Code, first.MemoId));
        Assert.Contains("Body", first.Detail);
    }

    [Fact]
    public async Task A_rewritten_chain_verifies_on_its_own_but_not_against_an_exported_digest()
    {
        var directory = Directory.CreateTempSubdirectory("kasian-digests-").FullName;
        try
        {
            await ExportTodaysDigestAsync(directory);
            // Someone with the database rewrites an endorsement, then the whole chain and the stored digests after it.
            await RecordKit.TamperAsync(_app, """
                UPDATE "MemoEvents" SET "Payload" = REPLACE("Payload", 'เห็นควรเสนอปลัดพิจารณา', 'ไม่เห็นควรเสนอ');
                UPDATE "MemoEvents" SET "ContentHash" = NULL;
                DELETE FROM "RecordLinks";
                DELETE FROM "RecordDigests";
                """);
            await ActivatorUtilities.CreateInstance<RecordSealer>(_app.Services).SealAsync(CancellationToken.None);
            Assert.True((await RecordKit.VerifyAsync(_app)).Intact, "a consistently rewritten chain is only caught by an anchor outside the database");

            var report = await RecordKit.VerifyAsync(_app, directory);

            Assert.False(report.Intact);
            Assert.Equal("digest-mismatch", report.First!.Code);
            Assert.Contains("kasian-digest-phusang-", report.First.Detail);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_digest_file_whose_head_was_edited_is_not_trusted()
    {
        var directory = Directory.CreateTempSubdirectory("kasian-digests-").FullName;
        try
        {
            var path = await ExportTodaysDigestAsync(directory);
            var file = JsonSerializer.Deserialize<DigestFile>(await File.ReadAllTextAsync(path), DigestFile.Json)!;
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(file with { Head = new string('a', 64) }, DigestFile.Json));

            var report = await RecordKit.VerifyAsync(_app, directory);

            Assert.Equal("digest-signature", report.First!.Code);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private async Task<string> ExportTodaysDigestAsync(string directory)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var digests = scope.ServiceProvider.GetRequiredService<RecordDigests>();
        var organisation = await scope.ServiceProvider.GetRequiredService<KasianDbContext>().Organisations.Where(o => o.Code == "phusang").Select(o => o.Id).SingleAsync();
        var made = await digests.MakeAsync(organisation, CancellationToken.None);
        var file = Assert.Single(await digests.FilesAsync(organisation, made.Day, CancellationToken.None));
        Assert.Null(file.SignatureProblem());
        var path = Path.Combine(directory, file.FileName);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(file, DigestFile.Json));
        return path;
    }

    private async Task<Finding> FirstFindingAsync()
    {
        var report = await RecordKit.VerifyAsync(_app);
        Assert.False(report.Intact, "the tampering went unnoticed");
        return report.First!;
    }

    private Task<int> SequenceOfAsync(string type) => _app.WithDbAsync(db =>
        db.MemoEvents.Where(e => e.MemoId == new MemoId(_memo) && e.Type == type).MinAsync(e => e.Sequence));
}

public sealed class SqliteChainVerifyTests() : ChainVerifyTests(TestDatabase.Sqlite());

public sealed class PostgreSqlChainVerifyTests() : ChainVerifyTests(TestDatabase.PostgreSql());
