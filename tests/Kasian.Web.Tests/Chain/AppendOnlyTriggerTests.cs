using Kasian.Web.Tests.Infrastructure;
using Npgsql;

namespace Kasian.Web.Tests.Chain;

/// <summary>On PostgreSQL the record's tables refuse UPDATE, DELETE and TRUNCATE to anyone who leaves the triggers in place.</summary>
public sealed class AppendOnlyTriggerTests : IAsyncLifetime
{
    private readonly KasianApp _app = new(TestDatabase.PostgreSql());

    public async Task InitializeAsync()
    {
        await RecordKit.ApprovedMemoAsync(_app);
        await RecordKit.SealAsync(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("""UPDATE "MemoEvents" SET "Payload" = '{}'""")]
    [InlineData("""DELETE FROM "MemoEvents" """)]
    [InlineData("""TRUNCATE "MemoEvents" CASCADE""")]
    [InlineData("""UPDATE "RecordLinks" SET "Hash" = "PreviousHash" """)]
    [InlineData("""DELETE FROM "RecordLinks" """)]
    public async Task Changing_the_record_is_refused(string sql)
    {
        var before = await CountsAsync();
        await using var connection = new NpgsqlConnection(_app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Contains("append-only", refused.MessageText);
        Assert.Equal(before, await CountsAsync());
        Assert.True((await RecordKit.VerifyAsync(_app)).Intact);
    }

    private async Task<(long, long)> CountsAsync()
    {
        await using var connection = new NpgsqlConnection(_app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT (SELECT count(*) FROM "MemoEvents"), (SELECT count(*) FROM "RecordLinks")""", connection);
        await using var rows = await command.ExecuteReaderAsync();
        await rows.ReadAsync();
        return (rows.GetInt64(0), rows.GetInt64(1));
    }
}
