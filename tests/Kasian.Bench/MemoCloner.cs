using System.Data.Common;

namespace Kasian.Bench;

/// <summary>
/// Bulk-loads memos in SQL, copying a template memo that went through the real create and submit:
/// every copy gets its own id and register sequence, so the unique indexes hold as in production.
/// </summary>
public sealed class MemoCloner(BenchDatabase database, Guid template)
{
    private int _nextSequence = 1_000;

    private bool IsPostgres => database.Provider == "PostgreSql";

    /// <summary>Copies waiting at the first step of the bench route, with the template's events, ready to be endorsed.</summary>
    public async Task<List<Guid>> PendingAsync(int count)
    {
        await using var connection = database.Open();
        await FillIdsAsync(connection, count);
        await ExecAsync(connection, InsertMemos(TakeSequences(count), "m.\"Status\"", "m.\"CurrentStepId\"", "m.\"CurrentPosition\"", "m.\"StepOpenedAt\"", "m.\"DueAt\"", "m.\"Urgency\""));
        await ExecAsync(connection, """
            INSERT INTO "MemoEvents" ("MemoId", "Sequence", "Type", "Payload", "At", "ActorId", "ActorUsername", "ActorName", "Address")
            SELECT c.id, e."Sequence", e."Type", e."Payload", e."At", e."ActorId", e."ActorUsername", e."ActorName", e."Address"
            FROM "MemoEvents" e CROSS JOIN clone_ids c WHERE e."MemoId" = @template
            """);
        var ids = new List<Guid>(count);
        await using var command = Command(connection, "SELECT id FROM clone_ids ORDER BY n");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(IsPostgres ? reader.GetGuid(0) : Guid.Parse(reader.GetString(0)));
        return ids;
    }

    /// <summary>
    /// An organisation's archive: about 3% pending, spread over 100 desks (the reader holds two of them), the rest
    /// approved. No events are copied: the inbox reads only the memo rows.
    /// </summary>
    public async Task ArchiveAsync(int count)
    {
        await using var connection = database.Open();
        await FillIdsAsync(connection, count);
        const string pending = "c.n % 33 = 0";
        var opened = IsPostgres ? "m.\"StepOpenedAt\" - c.n * interval '1 second'" : "m.\"StepOpenedAt\" - c.n * 20480000000";
        await ExecAsync(connection, InsertMemos(TakeSequences(count),
            $"CASE WHEN {pending} THEN 'Pending' ELSE 'Approved' END",
            $"CASE WHEN {pending} THEN 's01' END",
            $"CASE WHEN {pending} THEN 'desk-' || ((c.n / 33) % 100) END",
            $"CASE WHEN {pending} THEN {opened} END",
            $"CASE WHEN {pending} THEN m.\"DueAt\" END",
            "c.n % 4"));
        await ExecAsync(connection, IsPostgres ? "ANALYZE \"Memos\"" : "ANALYZE");
    }

    private static string InsertMemos(int firstSequence, string status, string step, string position, string opened, string due, string urgency) => $"""
        INSERT INTO "Memos" ("Id", "OrganisationId", "OriginatorId", "OriginatorPositionTitle", "Unit", "UnitPhone", "Subject", "To", "Body",
            "Urgency", "Status", "RouteId", "RouteVersion", "Round", "CurrentStepId", "CurrentPosition", "StepOpenedAt", "DueAt",
            "RegisterYear", "Sequence", "Number", "MemoDate", "CreatedAt", "UpdatedAt", "LastSequence")
        SELECT c.id, m."OrganisationId", m."OriginatorId", m."OriginatorPositionTitle", m."Unit", m."UnitPhone", m."Subject", m."To", m."Body",
            {urgency}, {status}, m."RouteId", m."RouteVersion", m."Round", {step}, {position}, {opened}, {due},
            m."RegisterYear", {firstSequence} + c.n, m."Number", m."MemoDate", m."CreatedAt", m."UpdatedAt", m."LastSequence"
        FROM "Memos" m CROSS JOIN clone_ids c WHERE m."Id" = @template
        """;

    private async Task FillIdsAsync(DbConnection connection, int count)
    {
        var generate = IsPostgres
            ? $"CREATE TEMP TABLE clone_ids AS SELECT gen_random_uuid() AS id, g AS n FROM generate_series(1, {count}) g"
            : $"""
              CREATE TEMP TABLE clone_ids AS
              WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < {count})
              SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))) AS id, n FROM g
              """;
        await ExecAsync(connection, "DROP TABLE IF EXISTS clone_ids");
        await ExecAsync(connection, generate);
    }

    /// <summary>Register sequences for a batch: base + n, n from 1 to count.</summary>
    private int TakeSequences(int count)
    {
        var first = _nextSequence;
        _nextSequence += count;
        return first;
    }

    private async Task ExecAsync(DbConnection connection, string sql)
    {
        await using var command = Command(connection, sql);
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }

    private DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var p = command.CreateParameter();
        p.ParameterName = "template";
        p.Value = IsPostgres ? template : template.ToString().ToUpperInvariant();
        command.Parameters.Add(p);
        return command;
    }
}
