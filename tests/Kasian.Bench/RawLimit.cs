using System.Data.Common;
using System.Diagnostics;

namespace Kasian.Bench;

/// <summary>
/// The physical limit: plain ADO.NET doing the writes an endorsement does (append one event row, move the memo row
/// on with the concurrency check), one durable transaction each, nothing else. Each writer owns its memo.
/// </summary>
public static class RawLimit
{
    private const string Payload = """{"type":"StepEndorsed","stepId":"s01","round":1,"capacity":{"position":"bench-desk","kind":"holder","text":"หัวหน้าสำนักปลัด"},"comment":"เห็นควรเสนอ"}""";

    public static async Task<double> RunAsync(BenchDatabase database, IReadOnlyList<Guid> memos, int transactions)
    {
        var (count, seconds) = await MeasureAsync(database, memos, transactions);
        return count / seconds;
    }

    public static async Task<(int Transactions, double Seconds)> MeasureAsync(BenchDatabase database, IReadOnlyList<Guid> memos, int transactions)
    {
        var perWriter = transactions / memos.Count;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(memos.Select(memo => Task.Run(() => WriteAsync(database, memo, perWriter))));
        return (perWriter * memos.Count, Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    private static async Task WriteAsync(BenchDatabase database, Guid memo, int count)
    {
        var pg = database.Provider == "PostgreSql";
        await using var connection = database.Open();
        object id = pg ? memo : memo.ToString().ToUpperInvariant();
        int last;
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = """SELECT "LastSequence" FROM "Memos" WHERE "Id" = @id""";
            Add(read, "id", id);
            last = Convert.ToInt32(await read.ExecuteScalarAsync());
        }

        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO "MemoEvents" ("MemoId", "Sequence", "Type", "Payload", "At", "ActorId", "ActorUsername", "ActorName", "Address")
            VALUES (@id, @seq, 'StepEndorsed', @payload, @at, NULL, 'bench-approver', 'นางทดสอบ เกษียนหนังสือ', '127.0.0.1')
            """;
        var pSeq = Add(insert, "seq", 0);
        var pAt = Add(insert, "at", 0L);
        Add(insert, "id", id);
        Add(insert, "payload", Payload);
        await using var update = connection.CreateCommand();
        update.CommandText = """
            UPDATE "Memos" SET "LastSequence" = @seq, "UpdatedAt" = @at, "CurrentStepId" = 's02'
            WHERE "Id" = @id AND "LastSequence" = @previous
            """;
        var uSeq = Add(update, "seq", 0);
        var uAt = Add(update, "at", 0L);
        var uPrevious = Add(update, "previous", 0);
        Add(update, "id", id);

        for (var i = 0; i < count; i++)
        {
            await using var tx = await connection.BeginTransactionAsync();
            insert.Transaction = tx;
            update.Transaction = tx;
            var now = DateTimeOffset.UtcNow;
            object at = pg ? now : Ticks(now);
            pSeq.Value = uSeq.Value = last + 1;
            pAt.Value = uAt.Value = at;
            uPrevious.Value = last;
            await insert.ExecuteNonQueryAsync();
            if (await update.ExecuteNonQueryAsync() != 1) throw new BenchFailedException("raw update lost its concurrency check");
            await tx.CommitAsync();
            last++;
        }
    }

    private static readonly Func<object?, object?> ToBinary = new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter().ConvertToProvider;

    /// <summary>The SQLite model stores DateTimeOffset as EF Core's DateTimeOffsetToBinaryConverter does (one converter: each compiles a delegate).</summary>
    private static long Ticks(DateTimeOffset value) => (long)ToBinary(value)!;

    private static DbParameter Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
        return p;
    }
}
