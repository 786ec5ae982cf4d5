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

    /// <summary>
    /// Memos waiting at the first step, <paramref name="due"/> of them past their reminder time and the rest not due
    /// for a year: what the reminder sweep sees in a large deployment.
    /// </summary>
    public async Task WaitingAsync(int count, int due, DateTimeOffset now)
    {
        await using var connection = database.Open();
        await FillIdsAsync(connection, count);
        var first = TakeSequences(count);
        await ExecAsync(connection, InsertMemos(first, "'Pending'", "'s01'", "'desk-' || (c.n % 100)", "m.\"StepOpenedAt\"", "m.\"DueAt\"", "c.n % 4"));
        await using var command = Command(connection, $"""
            UPDATE "Memos" SET
                "DueAt" = CASE WHEN "Sequence" <= {first + due} THEN @past ELSE "DueAt" END,
                "NextReminderAt" = CASE WHEN "Sequence" <= {first + due} THEN @past ELSE @later END
            WHERE "Sequence" > {first} AND "Sequence" <= {first + count}
            """);
        command.CommandTimeout = 600;
        Add(command, "past", now.AddHours(-1));
        Add(command, "later", now.AddYears(1));
        await command.ExecuteNonQueryAsync();
        await ExecAsync(connection, IsPostgres ? "ANALYZE \"Memos\"" : "ANALYZE");
    }

    /// <summary>A time as each provider stores it: timestamptz on PostgreSQL, ticks (EF's binary converter) on SQLite.</summary>
    private void Add(System.Data.Common.DbCommand command, string name, DateTimeOffset value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = IsPostgres ? value.ToUniversalTime()
            : new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter().ConvertToProvider(value.ToUniversalTime())!;
        command.Parameters.Add(p);
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
